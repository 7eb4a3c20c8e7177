import { describe, expect, it } from 'vitest';
import type { Dimension } from './dimension.js';
import { emptyState, type WindowLog } from './limiter-state.js';
import { logOf, recordWindow, settleEntry, windowHolding, windowWait } from './window-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;
const window = (amount: number, settles = false): Window => ({
  id: 'w',
  kind: 'window',
  limit: 1_000_000,
  amount,
  windowMs: 1000,
  guardMs: 0,
  bucketMs: 0,
  ...(settles ? { settles } : {}),
});

describe('a sliding window log', () => {
  it('drops what left in bulk: its array stays within twice the live entries, its total exact', () => {
    const state = emptyState();
    let longest = 0;
    // One entry per ms for 20 windows: 1,000 live at any time, 19,000 gone.
    for (let t = 0; t < 20_000; t++) {
      recordWindow(state, window(1 + (t % 3)), '', t);
      const log = logOf(state, window(0), t) as WindowLog;
      const live = log.entries.length - (log.head ?? 0);
      longest = Math.max(longest, log.entries.length);
      expect(live).toBe(Math.min(t + 1, 1000));
      if (t % 997 === 0) {
        let naive = 0;
        for (let s = Math.max(0, t - 999); s <= t; s++) naive += 1 + (s % 3);
        expect(log.total).toBe(naive);
      }
    }
    expect(longest).toBeLessThanOrEqual(2 * 1000 + 64);
  });

  it('forgets the lease of a settled entry once it left: nobody settles it, not even a raw reader', () => {
    const state = emptyState();
    recordWindow(state, window(10, true), 'a', 0);
    recordWindow(state, window(20, true), 'b', 500);
    expect(windowHolding(state, window(0), 1000)).toMatchObject({ used: 20, freesAt: 1500 });
    expect(settleEntry(state, window(10, true), 'a', 0)).toBe(false);
    expect(state.logs.w?.entries.some((entry) => entry[2] === 'a')).toBe(false);
    expect(settleEntry(state, window(20, true), 'b', 5)).toBe(true);
    expect(windowHolding(state, window(0), 1000).used).toBe(5);
  });

  it('merges a fractional clock per millisecond, stamped at its end so nothing leaves early', () => {
    const state = emptyState();
    recordWindow(state, window(1), '', 1000.2);
    recordWindow(state, window(1), '', 1000.7);
    recordWindow(state, window(1), '', 1001.1);
    expect(state.logs.w?.entries).toEqual([
      [1001, 2, ''],
      [1002, 1, ''],
    ]);
    // Full at a limit of 3: the first two leave at 2001 (not at 2000.2).
    const full = { ...window(1), limit: 3 };
    expect(windowWait(state, full, 2000.9)).toBeCloseTo(0.1);
    expect(windowWait(state, full, 2001)).toBeUndefined();
  });

  it('stamps a settled entry of a bucketed window at its bucket, under its own lease', () => {
    const state = emptyState();
    const bucketed = { ...window(5, true), bucketMs: 100 };
    recordWindow(state, bucketed, 'a', 1234.5);
    recordWindow(state, bucketed, 'b', 1250);
    expect(state.logs.w?.entries).toEqual([
      [1200, 5, 'a'],
      [1200, 5, 'b'],
    ]);
  });
});
