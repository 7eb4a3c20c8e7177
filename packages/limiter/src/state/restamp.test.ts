import { describe, expect, it } from 'vitest';
import { decide, settleEntry, usage } from './decide.js';
import type { Dimension } from './dimension.js';
import { emptyState } from './limiter-state.js';
import { restampLease } from './restamp.js';

const rpm: Dimension = {
  id: 'rpm',
  kind: 'window',
  limit: 2,
  amount: 1,
  windowMs: 60_000,
  guardMs: 0,
  bucketMs: 0,
};
const tpm: Dimension = {
  id: 'tpm',
  kind: 'window',
  limit: 1000,
  amount: 300,
  windowMs: 60_000,
  guardMs: 0,
  bucketMs: 0,
  settles: true,
};
const conn: Dimension = { id: 'conn', kind: 'conn', limit: 1, amount: 1, leaseMs: 1000 };

describe('restampLease', () => {
  it('moves one lease out of a merged instant and its own settled entry, keeping totals', () => {
    const state = emptyState();
    expect(decide(state, [rpm, tpm], 'a', 0)).toEqual({ ok: true });
    expect(decide(state, [rpm, tpm], 'b', 0)).toEqual({ ok: true });
    expect(restampLease(state, [rpm, tpm], 'a', 0, 2000)).toBe(2);
    expect(state.logs.rpm).toEqual({
      entries: [
        [0, 1, ''],
        [2000, 1, ''],
      ],
      total: 2,
    });
    // The emptied entry stays until its time leaves, owned by nobody.
    expect(state.logs.tpm).toEqual({
      entries: [
        [0, 0, ''],
        [0, 300, 'b'],
        [2000, 300, 'a'],
      ],
      total: 600,
    });
    // The window frees b's slot a minute after its grant, a's a minute after it was restamped.
    expect(usage(state, rpm, 60_000).used).toBe(1);
    expect(decide(state, [rpm], 'c', 60_000)).toEqual({ ok: true });
    expect(decide(state, [rpm], 'd', 61_999)).toMatchObject({ ok: false, retryAfterMs: 1 });
    expect(usage(state, rpm, 62_000).used).toBe(1);
    // A settle after the move still finds the lease's entry.
    expect(settleEntry(state, tpm, 'a', 20)).toBe(true);
    expect(usage(state, tpm, 62_000).used).toBe(0);
    expect(state.logs.tpm?.total).toBe(0);
  });

  it('keeps the log sorted and merges unsettled entries of one instant', () => {
    const state = emptyState();
    decide(state, [rpm], 'a', 0);
    decide(state, [rpm], 'b', 500);
    restampLease(state, [rpm], 'a', 0, 500);
    expect(state.logs.rpm?.entries).toEqual([
      [0, 0, ''],
      [500, 2, ''],
    ]);
    const later = emptyState();
    decide(later, [tpm], 'a', 0);
    decide(later, [tpm], 'b', 900);
    restampLease(later, [tpm], 'a', 0, 400);
    expect(later.logs.tpm?.entries.map((e) => e[2])).toEqual(['', 'a', 'b']);
  });

  it('moves nothing back in time, nothing gone, and nothing but windows', () => {
    const state = emptyState();
    decide(state, [rpm, tpm, conn], 'a', 1000);
    expect(restampLease(state, [rpm, tpm, conn], 'a', 1000, 1000)).toBe(0);
    expect(restampLease(state, [rpm, tpm], 'a', 1000, 900)).toBe(0);
    expect(restampLease(state, [tpm], 'nobody', 1000, 2000)).toBe(0);
    expect(restampLease(state, [rpm], 'a', 999, 2000)).toBe(0); // no entry at that instant
    expect(state.logs.rpm?.entries).toEqual([[1000, 1, '']]);
    expect(state.leases.conn).toEqual({ a: 2000 });
  });

  it('moves between buckets of a bucketed window', () => {
    const hourly: Dimension = { ...rpm, id: 'h', limit: 10, windowMs: 3_600_000, bucketMs: 60_000 };
    const state = emptyState();
    decide(state, [hourly], 'a', 59_000);
    decide(state, [hourly], 'b', 59_500);
    expect(restampLease(state, [hourly], 'a', 59_000, 59_900)).toBe(0); // same bucket
    expect(restampLease(state, [hourly], 'a', 59_000, 61_000)).toBe(1);
    expect(state.logs.h?.entries).toEqual([
      [0, 1, ''],
      [60_000, 1, ''],
    ]);
  });
});
