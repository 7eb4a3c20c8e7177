import { expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { blipping, droppedLinks } from './__fixtures__/dropped-link.js';
import { redisStore } from './redis-store.js';

const { open, server, clientOf } = droppedLinks();
const window = (id: string, limit: number): Dimension => ({
  id,
  kind: 'window',
  limit,
  amount: 1,
  windowMs: 60_000,
  guardMs: 0,
  bucketMs: 0,
});
const shared = window('rpm:key', 1);
const onA = window('rpm:a', 10);
const onB = window('rpm:b', 10);

// After a batch, the store keeps what every process held of each limit, for the share it keeps to
// should Redis go: a limit that only requests left undecided named keeps what was seen of it before.
it('keeps what it saw of a limit that only undecided requests of a batch named', async () => {
  const redis = await server();
  const a = blipping(await clientOf(redis.url));
  const store = open(redisStore({ localShare: 0.5, retryMs: 20, recoverMs: 30_000, client: a.client }));
  expect((await store.acquire('k', [onB], 'b0')).ok).toBe(true); // rpm:b: 1 of 10 seen
  expect((await store.acquire('k', [shared], 's0')).ok).toBe(true); // rpm:key: full
  const out = await store.acquireMany?.('k', [
    { dims: [shared, onA], lease: 'r1' },
    { dims: [shared, onB], lease: 'r2' },
  ]);
  expect(out?.[0]?.ok).toBe(false);
  expect(out?.[1]).toBeUndefined(); // not decided: the one ahead was refused on rpm:key

  // Redis goes: on its share A may take half of the 9 it last saw free under rpm:b, 4, one of
  // which it holds already.
  a.link.down = true;
  const decided: boolean[] = [];
  for (let i = 1; i <= 4; i++) decided.push((await store.acquire('k', [onB], `b${i}`)).ok);
  expect(store.mode).toBe('local');
  expect(decided).toEqual([true, true, true, false]);
});
