import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { describeStoreConformance } from '../stores/__fixtures__/store-conformance.js';
import { redisStore } from './redis-store.js';

// On Redis the clock is its TIME, which a test cannot move: a "minute" is scaled to 300 ms.
let server: RedisServer;
let client: Redis;
beforeAll(async () => {
  server = await startRedis();
  client = new Redis(server.url);
});
afterAll(async () => {
  client?.disconnect();
  await server?.kill();
});

describeStoreConformance('redisStore', {
  store: () => redisStore({ ...patient, client }),
  timeScale: 0.005,
  advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  exact: false,
  runs: 40,
});
