import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { patient, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { redisStore } from './redis-store.js';

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});
function clientOf(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  opened.push({ close: () => client.disconnect() });
  return client;
}

/**
 * Sets Redis's maxmemory far below what it uses, so every write is refused with OOM while Redis still
 * answers; `room` lifts the limit. (Filling Redis to its maxmemory instead is racy: Redis frees idle
 * client buffers on its own schedule, and a write then fits again.)
 */
function fullRedis(client: Redis) {
  return {
    full: () => client.config('SET', 'maxmemory', '1'),
    room: () => client.config('SET', 'maxmemory', '0'),
  };
}

describe('redisStore on a full Redis (maxmemory, noeviction)', () => {
  it('refuses when Redis refuses its write, rather than deciding alone while Redis serves the others', async () => {
    const server = await startRedis(['--maxmemory-policy', 'noeviction']);
    opened.push({ close: () => server.kill() });
    const redis = fullRedis(clientOf(server.url));
    const limiterOn = () => {
      const store = redisStore({ ...patient, client: clientOf(server.url), localShare: 0.5 });
      opened.push(store);
      return {
        store,
        limiter: createLimiter({ key: 'full', limits: { s: { rpm: 10 } }, guardMs: 0, store }),
      };
    };
    const a = limiterOn();
    const b = limiterOn();
    let admitted = 0;
    const tryOn = async (limiter: typeof a.limiter) => {
      const decision = await limiter.tryAcquire({ scope: 's' });
      if (decision.ok) admitted += 1;
      return decision;
    };
    expect((await tryOn(a.limiter)).ok).toBe(true);
    // Redis is full: a's write is refused with OOM. Redis still answers, and serves b...
    await redis.full();
    const refused = await tryOn(a.limiter);
    for (let i = 0; i < 3; i++) await tryOn(a.limiter);
    const mode = a.store.mode;
    // ...as soon as a write fits again, so b fills what Redis knows is free.
    await redis.room();
    for (let i = 0; i < 12; i++) await tryOn(b.limiter);
    for (let i = 0; i < 3; i++) await tryOn(a.limiter);
    expect(admitted).toBe(10); // never over
    expect(refused).toMatchObject({ ok: false, blockedBy: 'redis' }); // refused, to try again soon
    expect(mode).toBe('redis');
  });

  it('replays a settle a full Redis refused before its next decision there', async () => {
    const server = await startRedis(['--maxmemory-policy', 'noeviction']);
    opened.push({ close: () => server.kill() });
    const redis = fullRedis(clientOf(server.url));
    const limiterOn = () => {
      const store = redisStore({ ...patient, client: clientOf(server.url) });
      opened.push(store);
      return createLimiter({ key: 'settled', limits: { s: { tpm: 100 } }, guardMs: 0, store });
    };
    const [a, b] = [limiterOn(), limiterOn()];
    const first = await a.tryAcquire({ scope: 's', tokens: 10 });
    if (!first.ok) throw new Error('the first call should be admitted');
    await redis.full();
    await first.lease.settle({ tokens: 60 }); // used more than it reserved: Redis refuses the write
    await redis.room();
    expect((await a.tryAcquire({ scope: 's', tokens: 30 })).ok).toBe(true); // 60 + 30 of 100
    expect(await b.tryAcquire({ scope: 's', tokens: 20 })).toMatchObject({ ok: false, blockedBy: 'tpm:s' });
  });
});
