import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { patient, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { redisStore } from './redis-store.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('redisStore liveness and safety', () => {
  const redis = redisForTests();

  it('loses no wake-up: 8 callers keep getting admitted window after window', async () => {
    const store = redisStore({ ...patient, client: redis.client });
    // A minute scaled to 1.2 s: 40 RPM allows 40 every 1.2 s.
    const limiter = createLimiter({
      key: 'wakeups',
      limits: { s: { rpm: 40 } },
      guardMs: 0,
      timeScale: 0.02,
      store,
    });
    let admitted = 0;
    let running = true;
    const callers = Array.from({ length: 8 }, async () => {
      while (running) {
        const lease = await limiter.acquire({ scope: 's' });
        if (running) admitted++;
        await lease.release();
      }
    });
    // Four windows begin within 4.5 s. Before the fix this stopped at 48 (40, then 8, then nothing);
    // more than two windows' worth shows wake-ups keep coming however busy the machine is.
    await sleep(4_500);
    running = false;
    await limiter.close();
    await Promise.allSettled(callers);
    await store.close();
    expect(admitted).toBeGreaterThan(80);
  });

  it('gives back the CONN slots of decisions that timed out and still ran once Redis thawed', async () => {
    const frozen = await startRedis();
    const slow = new Redis(frozen.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    slow.on('error', () => {});
    await new Promise((resolve) => slow.once('ready', resolve));
    const store = redisStore({ client: slow, commandTimeoutMs: 200, retryMs: 100 });
    try {
      const limiter = createLimiter({ key: 'thaw', limits: { m: { conn: 2 } }, store });
      const first = await limiter.tryAcquire({ scope: 'm', conn: true });
      expect(first.ok).toBe(true);
      if (first.ok) await first.lease.release();
      frozen.pause();
      for (let i = 0; i < 3; i++)
        expect((await limiter.tryAcquire({ scope: 'm', conn: true })).ok).toBe(false);
      frozen.resume();
      // Once it has caught up, nobody holds a slot: both are free for the taking.
      for (let attempt = 0; attempt < 50 && Number(await slow.zcard('mmk:{thaw}:conn:conn:m')) > 0; attempt++)
        await sleep(100);
      expect(await slow.zcard('mmk:{thaw}:conn:conn:m')).toBe(0);
      expect((await limiter.tryAcquire({ scope: 'm', conn: true })).ok).toBe(true);
      expect((await limiter.tryAcquire({ scope: 'm', conn: true })).ok).toBe(true);
    } finally {
      await store.close();
      slow.disconnect();
      await frozen.kill();
    }
  });
});
