import { expect, it } from 'vitest';
import { reservationOf, reserveBudget } from '../state/budget-log.js';
import { record, settleEntry } from '../state/decide.js';
import type { BudgetDimension, Dimension } from '../state/dimension.js';
import { emptyMirror, replayEntries } from './mirror.js';
import { bucketed } from './redis-keys.js';

const t0 = 6_000_000; // a bucket's start: 100-ms buckets for a minute's window
const tpm = bucketed({
  id: 'tpm:s',
  kind: 'window',
  limit: 1e12,
  amount: 10,
  windowMs: 60_000,
  guardMs: 0,
  bucketMs: 0,
  settles: true,
}) as Extract<Dimension, { kind: 'window' }>;

it('keeps a window per bucket however many leases it admits, and finds a lease by when it was admitted', () => {
  const mirror = emptyMirror();
  for (let n = 0; n < 5000; n++) record(mirror.state, [tpm], `lease-${n}`, t0 + (n % 100));
  // One entry for the bucket, not one per lease: a settle never searches the leases.
  expect(mirror.state.logs['tpm:s']?.entries).toHaveLength(1);
  expect(replayEntries(mirror, [tpm])).toEqual([[[t0, 50_000]]]);

  expect(mirror.moved.settle(mirror.state, tpm, 'lease-0', 4, t0, t0 + 500)).toMatchObject({
    at: t0,
    amount: 10,
  });
  // Settled again, it starts from what it holds now.
  expect(mirror.moved.settle(mirror.state, tpm, 'lease-0', 0, t0, t0 + 600)).toMatchObject({
    at: t0,
    amount: 4,
  });
  expect(replayEntries(mirror, [tpm])).toEqual([[[t0, 49_990]]]);
  // Gone from the window: nothing to settle, nothing changes.
  expect(mirror.moved.settle(mirror.state, tpm, 'lease-1', 0, t0, t0 + 61_000)).toBeUndefined();
});

it('records a time older than the newest in order (a local decision after a later Redis answer)', () => {
  const mirror = emptyMirror();
  record(mirror.state, [tpm], 'redis', t0 + 250);
  record(mirror.state, [tpm], 'local', t0 + 50);
  expect(replayEntries(mirror, [tpm])).toEqual([
    [
      [t0, 10],
      [t0 + 200, 10],
    ],
  ]);
});

const daily: BudgetDimension = {
  id: 'budget:daily',
  kind: 'budget',
  limit: 1e9,
  amount: 300,
  windowMs: 86_400_000,
  guardMs: 0,
  bucketMs: 3_600_000,
  rejects: false,
};

it("replays a budget's reservations apart from what it spent, per until", () => {
  const mirror = emptyMirror();
  for (const lease of ['a', 'b', 'c']) reserveBudget(mirror.state, daily, lease, t0);
  expect(replayEntries(mirror, [daily])).toEqual([[[expect.any(Number), 900, 900]]]);
});

it("settles a budget's reservation whose until came before an older one's (a local decision after a later Redis answer)", () => {
  const mirror = emptyMirror();
  const hour = 3_600_000;
  const start = Math.ceil(t0 / hour) * hour; // an hour boundary: buckets on either side end an hour apart
  reserveBudget(mirror.state, daily, 'redis', start + 5);
  reserveBudget(mirror.state, daily, 'local', start - 5);
  expect(reservationOf(mirror.state, daily.id, 'redis')).toBeDefined();
  expect(settleEntry(mirror.state, daily, 'redis', 0)).toBe(true);
  const members = replayEntries(mirror, [daily])[0] as [number, number, number][];
  expect(members.map(([, amount, reserved]) => [amount, reserved])).toEqual([
    [300, 300],
    [0, 0],
  ]);
});
