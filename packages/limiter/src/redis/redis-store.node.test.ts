import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { redisStore } from './redis-store.js';

describe('redisStore against a real redis-server', () => {
  let server: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    client.on('error', () => {});
  });
  const stores: ReturnType<typeof redisStore>[] = [];
  afterAll(async () => {
    for (const store of stores) store.close();
    client?.disconnect();
    await server?.kill();
  });

  const limiterOn = (
    key: string,
    limits: Record<string, { rpm?: number; tpm?: number; conn?: number }>,
    extra = {},
  ) => {
    const store = redisStore({ ...patient, client, ...extra });
    stores.push(store);
    return createLimiter({ key, limits, guardMs: 0, store, ...extra });
  };

  it('decides every limit in one call, with exact sliding windows on Redis TIME', async () => {
    const limiter = limiterOn('exact', { s: { rpm: 3, tpm: 100 } });
    const before = Date.now();
    expect((await limiter.tryAcquire({ scope: 's', tokens: 60 })).ok).toBe(true);
    expect(await limiter.tryAcquire({ scope: 's', tokens: 60 })).toMatchObject({
      ok: false,
      blockedBy: 'tpm:s',
    });
    const lease = await limiter.acquire({ scope: 's', tokens: 40 });
    await lease.settle({ tokens: 10 });
    expect((await limiter.tryAcquire({ scope: 's', tokens: 30 })).ok).toBe(true);
    const refused = await limiter.tryAcquire({ scope: 's', tokens: 1 });
    expect(refused).toMatchObject({ ok: false, blockedBy: 'rpm:s' });
    // The first grant frees its slot a minute after Redis admitted it, whatever the machine's speed.
    const { retryAfterMs } = refused as { retryAfterMs: number };
    expect(retryAfterMs).toBeLessThanOrEqual(61_000);
    expect(retryAfterMs).toBeGreaterThanOrEqual(60_000 - (Date.now() - before) - 5);
    expect((await limiter.refresh()).dimensions).toMatchObject({
      'rpm:s': { used: 3, limit: 3 },
      'tpm:s': { used: 100, limit: 100 },
    });
  });

  it('restamps a lease in Redis: its RPM and TPM shares free a window after the restamp, for every process', async () => {
    const limiter = limiterOn('restamp', { s: { rpm: 2, tpm: 100 } });
    const other = limiterOn('restamp', { s: { rpm: 2, tpm: 100 } });
    const early = await limiter.acquire({ scope: 's', tokens: 30 });
    const late = await limiter.acquire({ scope: 's', tokens: 40 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const restampedAt = limiter.store.now();
    await limiter.store.restamp?.(limiter.key, late.id, limiter.dimensionsOf(late.demand), late.admittedAt);
    await late.settle({ tokens: 5 }); // finds the moved entry
    const { dimensions } = await other.refresh();
    expect(dimensions['rpm:s']?.used).toBe(2);
    expect(dimensions['tpm:s']?.used).toBe(35);
    expect((await other.tryAcquire({ scope: 's', tokens: 1 })).ok).toBe(false);
    // Redis's log: the first entry stays at its grant, the restamped one moved to its restamp.
    const log = await client.zrange('mmk:{restamp}:log:rpm:s', '0', '-1', 'WITHSCORES');
    const times = log.filter((_, i) => i % 2 === 1).map(Number);
    expect(times).toHaveLength(2);
    expect(Math.min(...times)).toBeLessThanOrEqual(early.admittedAt);
    expect(Math.max(...times)).toBeGreaterThanOrEqual(restampedAt - 200);
  });

  it('keeps windows of fractional milliseconds (scaled time) on Redis, not in a local fallback', async () => {
    const store = redisStore({ ...patient, client });
    stores.push(store);
    const limiter = createLimiter({
      key: 'scaled',
      limits: { s: { rpm: 2, conn: 1 } },
      guardMs: 500 / 7,
      timeScale: 1 / 7,
      store,
    });
    await limiter.acquire({ scope: 's', conn: true });
    expect((await limiter.tryAcquire({ scope: 's' })).ok).toBe(true);
    expect(await limiter.tryAcquire({ scope: 's' })).toMatchObject({ ok: false, blockedBy: 'rpm:s' });
    expect(store.mode).toBe('redis');
  });

  it('keeps every key of one API key in one hash slot, and lets them expire', async () => {
    const limiter = limiterOn('slot', { s: { rpm: 10, tpm: 100, conn: 2 } });
    await limiter.acquire({ scope: 's', tokens: 5, conn: true });
    const keys = await client.keys('mmk:{slot}:*');
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) {
      expect(key).toMatch(/^mmk:\{slot\}:/);
      expect(await client.pttl(key)).toBeGreaterThan(0);
    }
  });

  it('makes one round trip per decision (one EVALSHA) when it does not claim ahead', async () => {
    const sent: string[] = [];
    const counting = new Proxy(client, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || property === 'duplicate') return value;
        return (...args: unknown[]) => {
          sent.push(String(property));
          return value.apply(target, args);
        };
      },
    });
    const store = redisStore({ ...patient, client: counting, claimAhead: 0 });
    stores.push(store);
    const limiter = createLimiter({
      key: 'trips',
      limits: { s: { rpm: 1000, tpm: 1_000_000 } },
      guardMs: 0,
      store,
    });
    await limiter.acquire({ scope: 's', tokens: 1 }); // may load the script once
    sent.length = 0;
    const evalsha = async () =>
      Number(/cmdstat_evalsha:calls=(\d+)/.exec(await client.info('commandstats'))?.[1] ?? 0);
    const before = await evalsha();
    for (let i = 0; i < 50; i++) await limiter.acquire({ scope: 's', tokens: 1 });
    expect(sent).toEqual(Array(50).fill('evalsha'));
    expect((await evalsha()) - before).toBe(50);
  });

  it('takes a slow Redis for busy, not away: it refuses rather than deciding alone, then carries on', async () => {
    const frozen = await startRedis();
    const slow = new Redis(frozen.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    slow.on('error', () => {});
    await new Promise((resolve) => slow.once('ready', resolve));
    try {
      const store = redisStore({ client: slow, commandTimeoutMs: 200, retryMs: 100 });
      stores.push(store);
      const limiter = createLimiter({ key: 'slow', limits: { s: { rpm: 10 } }, guardMs: 0, store });
      // The first call loads the script; a busy machine may answer it after the 200 ms deadline.
      await vi.waitFor(async () => expect((await limiter.tryAcquire({ scope: 's' })).ok).toBe(true), {
        timeout: 30_000,
        interval: 200,
      });
      frozen.pause(); // the connection stays up; nothing answers
      // Other processes may be admitting on Redis meanwhile: a local share now could admit twice.
      expect(await limiter.tryAcquire({ scope: 's' })).toMatchObject({ ok: false, retryAfterMs: 100 });
      expect(store.mode).toBe('redis');
      frozen.resume();
      // Redis answers its backlog first; on a busy machine the next call may still be refused as slow.
      await vi.waitFor(async () => expect((await limiter.tryAcquire({ scope: 's' })).ok).toBe(true), {
        timeout: 30_000,
        interval: 200,
      });
      expect(store.mode).toBe('redis');
    } finally {
      slow.disconnect();
      await frozen.kill();
    }
  });

  it('wakes a waiter in another process when a slot frees, without polling', async () => {
    const holder = limiterOn('wake', { m: { conn: 1 } });
    const waiter = limiterOn('wake', { m: { conn: 1 } });
    const lease = await holder.acquire({ scope: 'm', conn: true });
    const started = Date.now();
    const waiting = waiter.acquire({ scope: 'm', conn: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await lease.release();
    await waiting;
    // Woken by the release, not by the lease lapsing 10 minutes later (a bound no busy machine nears).
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
