import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { type RedisServer, startRedis } from '../../../../../test/redis-server.ts';

/**
 * A real redis-server and one client to it for the tests of a file (or of a describe block):
 * started before them, stopped after. Read `client` inside the tests, once it exists.
 */
export function redisForTests() {
  const redis = {} as { server: RedisServer; client: Redis };
  beforeAll(async () => {
    redis.server = await startRedis();
    redis.client = new Redis(redis.server.url);
    redis.client.on('error', () => {});
  });
  afterAll(async () => {
    redis.client?.disconnect();
    await redis.server?.kill();
  });
  return redis;
}
