import { expect, it } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { failover } from './failover.js';
import { emptyMirror, type Mirror, replayEntries } from './mirror.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rpm: Dimension = {
  id: 'rpm:s',
  kind: 'window',
  limit: 100,
  amount: 1,
  windowMs: 60_000,
  guardMs: 0,
  bucketMs: 0,
};
const outage = () => new Error('Connection is closed.');

// The failure policy alone, its replays held until the test lets each one succeed or fail.
it('replays again a key decided on the share while its replay was on the way', async () => {
  const mirrors = new Map<string, Mirror>(
    ['k1', 'k2', 'k3'].map((key) => [key, { ...emptyMirror(), seen: { [rpm.id]: 0 } }]),
  );
  const mirror = (key: string) => mirrors.get(key) as Mirror;
  // What Redis holds of each key: what the mirror held when the replay that reached it was sent.
  const written = new Map<string, number>();
  const replays: { key: string; settle(reached: boolean): void }[] = [];
  const policy = failover({
    share: 1,
    recoverMs: 30_000,
    retryMs: 20,
    now: () => Date.now(),
    latest: () => Date.now(),
    away() {},
    replay(key) {
      const [entries = []] = replayEntries(mirror(key), [rpm]) as [number, number][][];
      const held = entries.reduce((sum, [, amount]) => sum + amount, 0);
      return new Promise<void>((resolve, reject) => {
        replays.push({
          key,
          settle(reached) {
            if (!reached) return reject(outage());
            written.set(key, held);
            resolve();
          },
        });
      });
    },
    confirm: async () => undefined,
  });
  const settle = (n: number, reached: boolean) => replays[n]?.settle(reached);
  const local = (key: string, lease: string) => policy.decideLocally(key, mirror(key), [rpm], lease);

  policy.failed(outage());
  expect(local('k2', 'a').ok).toBe(true);
  await sleep(30);
  // Two decisions find the link back at once; both start by replaying k2.
  const first = policy.tryRedis('k1');
  await Promise.resolve();
  const second = policy.tryRedis('k3');
  await Promise.resolve();
  expect(replays.map((r) => r.key)).toEqual(['k2', 'k2']);
  // The second fails: the link is taken for away again, so k2's next decision is made locally…
  settle(1, false);
  expect(await second).toBe(false);
  expect(await policy.tryRedis('k2')).toBe(false);
  expect(local('k2', 'b').ok).toBe(true);
  // …after the first sent its replay. That one reaches Redis; it goes on until no key is left.
  settle(0, true);
  for (let n = 2; policy.mode !== 'redis' && n < 20; n++) {
    await sleep(1);
    settle(n, true);
  }
  expect(await first).toBe(true);
  expect(written.get('k2')).toBe(2); // both of k2's admissions on the share reached Redis
});
