import { expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { blipping, droppedLinks, sleep } from './__fixtures__/dropped-link.js';
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
// Every decision in Redis: what B can take is Redis's count alone. (With claims ahead, B's last asks
// could race the give-back of a claim whose bucket ended on a busy machine, and stop one short.)
const options = { localShare: 0.5, retryMs: 20, recoverMs: 30_000, claimAhead: 0 };

// Process A on a link that drops while Redis stays up, B on Redis all along; A has taken one
// under each of x and y.
async function twoProcesses() {
  const redis = await server();
  const a = blipping(await clientOf(redis.url));
  const storeA = open(redisStore({ ...options, client: a.client }));
  const storeB = open(redisStore({ ...options, client: await clientOf(redis.url) }));
  for (const key of ['x', 'y']) expect((await storeA.acquire(key, [rpm], `${key}0`)).ok).toBe(true);
  // How many B can take under y, deciding on Redis alone.
  const takenByB = async () => {
    let taken = 0;
    while ((await storeB.acquire('y', [rpm], `b${taken}`)).ok) taken++;
    return taken;
  };
  // The link comes back, and A's next decision, under x, finds Redis again.
  const back = async (lease: string) => {
    a.link.down = false;
    await sleep(options.retryMs + 10);
    await storeA.acquire('x', [rpm], lease);
  };
  return { link: a.link, storeA, takenByB, back };
}

it('writes back what it admitted under every key while its link was down, not only the key that found it back', async () => {
  const { link, storeA, takenByB, back } = await twoProcesses();
  // Down: A decides on its share (half of what is free), and Redis never hears of it.
  link.down = true;
  for (let i = 1; i <= 3; i++) expect((await storeA.acquire('y', [rpm], `y${i}`)).ok).toBe(true);
  expect(storeA.mode).toBe('local');
  await back('x1');
  // A's four admissions under y count on Redis: B gets the six left and no more.
  expect(await takenByB()).toBe(6);
});

it('writes back an admission made while recovering that Redis could not confirm', async () => {
  const { link, storeA, takenByB, back } = await twoProcesses();
  link.down = true;
  expect((await storeA.acquire('y', [rpm], 'y1')).ok).toBe(true);
  await back('x1'); // A is recovering: its share, and Redis's word on top
  // Down again while recovering: y2 is admitted on the share alone, never confirmed.
  link.down = true;
  expect((await storeA.acquire('y', [rpm], 'y2')).ok).toBe(true);
  expect(storeA.mode).toBe('local');
  await back('x2');
  expect(await takenByB()).toBe(7);
});
