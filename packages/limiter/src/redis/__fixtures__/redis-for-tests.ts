import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../../test/redis-server.ts';
import { createLimiter } from '../../create-limiter.js';
import type { Limiter, LimiterOptions } from '../../limiter.js';
import { redisStore } from '../redis-store.js';
import type { RedisStore, RedisStoreOptions } from '../redis-store-options.js';

/** The tests' Redis (see `redisForTests`). */
export interface RedisForTests {
  server: RedisServer;
  client: Redis;
  limiterOn(
    key: string,
    limits: NonNullable<LimiterOptions['limits']>,
    options?: LimiterOptions,
    storeOptions?: Omit<RedisStoreOptions, 'client'>,
  ): {
    limiter: Limiter;
    store: RedisStore;
  };
}

/**
 * A real redis-server and one client to it for the tests of a file (or of a describe block):
 * started before them, stopped after. Read `client` inside the tests, once it exists.
 * `limiterOn` is one process's limiter on it: its own store (patient with a busy machine) over the
 * client, windows without guard; every store it made is closed after the tests.
 */
export function redisForTests(): RedisForTests {
  const stores: RedisStore[] = [];
  const redis = {
    limiterOn(key, limits, options = {}, storeOptions = {}) {
      const store = redisStore({ ...patient, ...storeOptions, client: redis.client });
      stores.push(store);
      return { limiter: createLimiter({ key, limits, guardMs: 0, store, ...options }), store };
    },
  } as RedisForTests;
  beforeAll(async () => {
    redis.server = await startRedis();
    redis.client = new Redis(redis.server.url);
    redis.client.on('error', () => {});
  });
  afterAll(async () => {
    for (const store of stores) store.close();
    redis.client?.disconnect();
    await redis.server?.kill();
  });
  return redis;
}
