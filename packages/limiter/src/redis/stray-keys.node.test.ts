import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { startRedis } from '../../../../test/redis-server.ts';
import type { Dimension } from '../state/dimension.js';
import { redisStore } from './redis-store.js';

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function clientOf(url: string): Promise<Redis> {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  opened.push({ close: () => client.disconnect() });
  await new Promise((resolve) => client.once('ready', resolve));
  return client;
}

/** A client whose connection drops for as long as `down` says, while Redis itself stays up. */
function blipping(client: Redis) {
  const link = { down: false };
  const client_ = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'evalsha' || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        link.down ? Promise.reject(new Error('Connection is closed.')) : value.apply(target, args);
    },
  });
  return { client: client_, link };
}

const rpm: Dimension = {
  id: 'rpm:s',
  kind: 'window',
  limit: 10,
  amount: 1,
  windowMs: 60_000,
  guardMs: 0,
  bucketMs: 0,
};

it('writes back what it admitted under every key while its link was down, not only the key that found it back', async () => {
  const redis = await startRedis();
  opened.push({ close: () => redis.kill() });
  const a = blipping(await clientOf(redis.url));
  const options = { localShare: 0.5, retryMs: 20, recoverMs: 30_000 };
  const storeA = redisStore({ ...options, client: a.client });
  const storeB = redisStore({ ...options, client: await clientOf(redis.url) });
  opened.push(storeA, storeB);
  for (const key of ['x', 'y']) expect((await storeA.acquire(key, [rpm], `${key}0`)).ok).toBe(true);

  // A's link drops while Redis stays up: A decides on its share (half of what is free), and Redis
  // never hears of it.
  a.link.down = true;
  for (let i = 1; i <= 3; i++) expect((await storeA.acquire('y', [rpm], `y${i}`)).ok).toBe(true);
  expect(storeA.mode).toBe('local');

  // Back: A's next decision, under x, finds Redis again. Its four admissions under y must count
  // there too, so B, deciding on Redis alone, gets the six left and no more.
  a.link.down = false;
  await sleep(options.retryMs + 10);
  await storeA.acquire('x', [rpm], 'x1');
  let admitted = 0;
  while ((await storeB.acquire('y', [rpm], `b${admitted}`)).ok) admitted++;
  expect(admitted).toBe(6);
});
