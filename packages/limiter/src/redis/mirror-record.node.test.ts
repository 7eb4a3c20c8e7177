import { expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { droppedLinks } from './__fixtures__/dropped-link.js';
import { redisStore } from './redis-store.js';

const { open, server, clientOf } = droppedLinks();
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
  const redis = await server();
  const admin = await clientOf(redis.url);
  const options = { localShare: 0.5, retryMs: 20, recoverMs: 30_000 };
  const storeA = open(redisStore({ ...options, client: await clientOf(redis.url) }));
  const storeB = open(redisStore({ ...options, client: await clientOf(redis.url) }));

  // A pauses the limit; on Redis's clock the pause ends first (here: at once), and Redis admits.
  await storeA.pause('k', [rpm.id], 60_000);
  for (const key of await admin.keys('*meta*')) await admin.hdel(key, `p:${rpm.id}`);
  expect((await storeA.acquire('k', [rpm], 'a0')).ok).toBe(true);

  // Redis loses its data; A's next decision finds out and writes back what it admitted.
  await admin.flushall();
  await storeA.acquire('k', [rpm], 'a1');
  expect((await storeB.read('k', [rpm]))[rpm.id]?.used).toBeGreaterThanOrEqual(1);
});
