import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { LimiterClosedError } from '../errors/limiter-closed-error.js';
import { RedisNotReadyError } from './redis-not-ready-error.js';
import { redisStore } from './redis-store.js';

// Everything a test opens, closed after it whatever happened.
const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function server(): Promise<RedisServer> {
  const started = await startRedis();
  opened.push({ close: () => started.kill() });
  return started;
}
function clientOf(url: string, ready = false): Promise<Redis> | Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 50,
  });
  client.on('error', () => {});
  opened.push({ close: () => client.disconnect() });
  return ready ? new Promise((resolve) => client.once('ready', () => resolve(client))) : client;
}
const limits = { s: { rpm: 1, conn: 1 } };
const subscribersOf = async (client: Redis, key: string) =>
  ((await client.pubsub('NUMSUB', `mmk:{${key}}:wake`)) as [string, number])[1];

describe('redisStore lifecycle', () => {
  it('waits for a Redis it has never reached instead of failing closed, and decides there', async () => {
    const redis = await server();
    await redis.kill(); // the port is known; nothing listens on it yet
    const early = clientOf(redis.url) as Redis;
    const refused = new Promise((resolve) => early.once('error', resolve));
    const store = redisStore({ ...patient, client: early });
    opened.push(store);
    const limiter = createLimiter({ key: 'boot', limits, store });
    const acquiring = limiter.acquire({ scope: 's', conn: true });
    await refused; // the client has tried and found nothing
    await redis.start();
    const lease = await acquiring;
    expect(store.mode).toBe('redis');
    // Redis holds the admission: another process sharing the key finds both limits taken.
    const other = await clientOf(redis.url, true);
    expect(await other.exists('mmk:{boot}:log:rpm:s', 'mmk:{boot}:conn:conn:s')).toBe(2);
    const elsewhere = createLimiter({
      key: 'boot',
      limits,
      store: redisStore({ ...patient, client: other }),
    });
    opened.push(elsewhere);
    expect(await elsewhere.tryAcquire({ scope: 's', conn: true })).toMatchObject({ ok: false });
    await lease.release();
  });

  it('starts a lazily connecting client (lazyConnect) by using it', async () => {
    const redis = await server();
    const lazy = new Redis(redis.url, { lazyConnect: true, enableOfflineQueue: false });
    opened.push({ close: () => lazy.disconnect() });
    const store = redisStore({ client: lazy, connectTimeoutMs: 30_000 });
    opened.push(store);
    const limiter = createLimiter({ key: 'lazy', limits, store });
    await limiter.acquire({ scope: 's' });
    expect(await lazy.exists('mmk:{lazy}:log:rpm:s')).toBe(1);
  });

  it('gives up after connectTimeoutMs with RedisNotReadyError, which names the fix', async () => {
    const redis = await server();
    await redis.kill();
    const store = redisStore({ client: clientOf(redis.url) as Redis, connectTimeoutMs: 300 });
    opened.push(store);
    const limiter = createLimiter({ key: 'never', limits, store });
    const failure = await limiter.acquire({ scope: 's' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RedisNotReadyError);
    expect(failure).toMatchObject({ code: 'REDIS_NOT_READY', waitedMs: 300 });
    expect(String(failure)).toMatch(/REDIS_URL.*connectTimeoutMs/);
    expect(store.mode).toBe('redis'); // it never went into its local share
  });

  it('fails closed to the local share once a connection that was up drops', async () => {
    const redis = await server();
    const client = await clientOf(redis.url, true);
    const store = redisStore({ ...patient, client, localShare: 1 });
    opened.push(store);
    const limiter = createLimiter({ key: 'dropped', limits: { s: { rpm: 10 } }, store });
    expect((await limiter.tryAcquire({ scope: 's' })).ok).toBe(true);
    await redis.kill();
    await limiter.tryAcquire({ scope: 's' });
    expect(store.mode).toBe('local');
  });

  it('close() ends waits with LimiterClosedError, drops the pub/sub connections, and can be repeated', async () => {
    const redis = await server();
    const watcher = await clientOf(redis.url, true);
    const client = await clientOf(redis.url, true);
    const store = redisStore({ ...patient, client });
    const limiter = createLimiter({ key: 'closing', limits, store });
    const second = createLimiter({ key: 'closing', limits, store });
    await expect.poll(() => subscribersOf(watcher, 'closing')).toBe(2);
    await limiter.acquire({ scope: 's', conn: true });
    const waiting = limiter.acquire({ scope: 's', conn: true });
    await limiter.close();
    await expect(waiting).rejects.toBeInstanceOf(LimiterClosedError);
    await expect.poll(() => subscribersOf(watcher, 'closing')).toBe(1); // the limiter's own
    await store.close();
    await store.close();
    await expect.poll(() => subscribersOf(watcher, 'closing')).toBe(0);
    await expect(second.acquire({ scope: 's' })).rejects.toMatchObject({ closed: 'store' });
    expect(client.status).toBe('ready'); // the client is the caller's
  });

  it("close() ends a never-connected store's wait for Redis", async () => {
    const redis = await server();
    await redis.kill();
    const store = redisStore({ ...patient, client: clientOf(redis.url) as Redis });
    const limiter = createLimiter({ key: 'abandoned', limits, store });
    const acquiring = limiter.acquire({ scope: 's' });
    await store[Symbol.asyncDispose]();
    await expect(acquiring).rejects.toMatchObject({ code: 'LIMITER_CLOSED', closed: 'store' });
  });
});
