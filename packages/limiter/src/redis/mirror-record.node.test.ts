import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { startRedis } from '../../../../test/redis-server.ts';
import type { Dimension } from '../state/dimension.js';
import { redisStore } from './redis-store.js';

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function clientOf(url: string): Promise<Redis> {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  opened.push({ close: () => client.disconnect() });
  await new Promise((resolve) => client.once('ready', resolve));
  return client;
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

it('remembers every admission Redis made, even while it keeps a pause of its own, and replays it', async () => {
  const redis = await startRedis();
  opened.push({ close: () => redis.kill() });
  const admin = await clientOf(redis.url);
  const options = { localShare: 0.5, retryMs: 20, recoverMs: 30_000 };
  const storeA = redisStore({ ...options, client: await clientOf(redis.url) });
  const storeB = redisStore({ ...options, client: await clientOf(redis.url) });
  opened.push(storeA, storeB);

  // A pauses the limit; on Redis's clock the pause ends first (here: at once), and Redis admits.
  await storeA.pause('k', [rpm.id], 60_000);
  for (const key of await admin.keys('*meta*')) await admin.hdel(key, `p:${rpm.id}`);
  expect((await storeA.acquire('k', [rpm], 'a0')).ok).toBe(true);

  // Redis loses its data; A's next decision finds out and writes back what it admitted.
  await admin.flushall();
  await storeA.acquire('k', [rpm], 'a1');
  expect((await storeB.read('k', [rpm]))[rpm.id]?.used).toBeGreaterThanOrEqual(1);
});
