import { describe, expect, it } from 'vitest';
import { decide, releaseLease, renewLease, settleEntry, usage } from './decide.js';
import type { Dimension } from './dimension.js';
import { emptyState } from './limiter-state.js';

const rpm = (amount = 1, limit = 3): Dimension => ({
  id: 'rpm',
  kind: 'window',
  limit,
  amount,
  windowMs: 60_000,
  guardMs: 500,
  bucketMs: 0,
});

describe('decide', () => {
  it('admits exactly the limit in a sliding window, and one more once the first leaves (+ guard)', () => {
    const state = emptyState();
    expect(decide(state, [rpm()], 'a', 0).ok).toBe(true);
    expect(decide(state, [rpm()], 'b', 10_000).ok).toBe(true);
    expect(decide(state, [rpm()], 'c', 20_000).ok).toBe(true);
    expect(decide(state, [rpm()], 'd', 30_000)).toEqual({
      ok: false,
      retryAfterMs: 30_500,
      blockedBy: 'rpm',
    });
    expect(decide(state, [rpm()], 'd', 60_499).ok).toBe(false);
    expect(decide(state, [rpm()], 'd', 60_500).ok).toBe(true);
  });

  it('decides every dimension together and writes nothing on a refusal', () => {
    const state = emptyState();
    const tpm = (amount: number): Dimension => ({
      id: 'tpm',
      kind: 'window',
      limit: 100,
      amount,
      windowMs: 60_000,
      guardMs: 0,
      bucketMs: 0,
      settles: true,
    });
    expect(decide(state, [rpm(), tpm(80)], 'a', 0).ok).toBe(true);
    const before = JSON.stringify(state);
    expect(decide(state, [rpm(), tpm(30)], 'b', 1)).toMatchObject({ ok: false, blockedBy: 'tpm' });
    expect(JSON.stringify(state)).toBe(before);
    expect(usage(state, rpm(), 1).used).toBe(1);
  });

  it('refuses for good what can never fit', () => {
    expect(decide(emptyState(), [rpm(4)], 'a', 0)).toEqual({
      ok: false,
      retryAfterMs: Number.POSITIVE_INFINITY,
      blockedBy: 'rpm',
    });
  });

  it('settles a reservation to its actual amount, refunding or surcharging', () => {
    const state = emptyState();
    const tpm = (amount: number): Dimension => ({
      id: 'tpm',
      kind: 'window',
      limit: 100,
      amount,
      windowMs: 60_000,
      guardMs: 0,
      bucketMs: 0,
      settles: true,
    });
    decide(state, [tpm(90)], 'a', 0);
    expect(decide(state, [tpm(20)], 'b', 1).ok).toBe(false);
    expect(settleEntry(state, tpm(90), 'a', 40)).toBe(true);
    expect(decide(state, [tpm(20)], 'b', 2).ok).toBe(true);
    expect(usage(state, tpm(0), 3).used).toBe(60);
    settleEntry(state, tpm(20), 'b', 70);
    expect(usage(state, tpm(0), 3).used).toBe(110);
    expect(settleEntry(state, tpm(1), 'nobody', 1)).toBe(false);
  });

  it('counts a bucketed window conservatively: a bucket lasts until its end leaves', () => {
    const state = emptyState();
    const plan = (amount: number): Dimension => ({
      id: 'plan',
      kind: 'window',
      limit: 10,
      amount,
      windowMs: 3_600_000,
      guardMs: 0,
      bucketMs: 60_000,
    });
    decide(state, [plan(6)], 'a', 1_000);
    decide(state, [plan(4)], 'b', 59_000);
    expect(state.logs.plan?.entries).toEqual([[0, 10, '']]);
    expect(decide(state, [plan(1)], 'c', 3_600_000 + 59_999)).toMatchObject({ ok: false, retryAfterMs: 1 });
    expect(decide(state, [plan(1)], 'c', 3_660_000).ok).toBe(true);
  });

  it('anchors a window at first use', () => {
    const state = emptyState();
    const anchored = (amount: number): Dimension => ({
      id: 'w',
      kind: 'anchored',
      limit: 2,
      amount,
      windowMs: 5 * 3_600_000,
      guardMs: 0,
    });
    decide(state, [anchored(2)], 'a', 10 * 3_600_000);
    expect(decide(state, [anchored(1)], 'b', 14 * 3_600_000)).toMatchObject({
      ok: false,
      retryAfterMs: 3_600_000,
    });
    expect(decide(state, [anchored(2)], 'b', 15 * 3_600_000).ok).toBe(true);
  });

  it('resets a calendar period at its boundary (a day from midnight China time)', () => {
    const state = emptyState();
    const daily = (amount: number): Dimension => ({
      id: 'day',
      kind: 'period',
      limit: 3,
      amount,
      periodMs: 86_400_000,
      alignMs: -8 * 3_600_000,
    });
    const at = (iso: string) => Date.parse(iso);
    decide(state, [daily(3)], 'a', at('2026-11-23T10:00:00+08:00'));
    expect(decide(state, [daily(1)], 'b', at('2026-11-23T23:59:59+08:00'))).toMatchObject({
      ok: false,
      retryAfterMs: 1000,
    });
    expect(decide(state, [daily(3)], 'b', at('2026-11-24T00:00:00+08:00')).ok).toBe(true);
  });

  it('holds CONN leases until released or expired, and renews them', () => {
    const state = emptyState();
    const conn: Dimension = { id: 'conn', kind: 'conn', limit: 2, amount: 1, leaseMs: 1000 };
    decide(state, [conn], 'a', 0);
    decide(state, [conn], 'b', 0);
    expect(decide(state, [conn], 'c', 500)).toEqual({ ok: false, retryAfterMs: 500, blockedBy: 'conn' });
    releaseLease(state, 'a');
    expect(decide(state, [conn], 'c', 500).ok).toBe(true);
    renewLease(state, 'b', 5000);
    // c lapsed at 1500: its holder crashed, say; b was renewed
    expect(usage(state, conn, 2000)).toMatchObject({ used: 1, freesAt: 5000 });
    expect(decide(state, [conn], 'd', 2000).ok).toBe(true);
    expect(decide(state, [conn], 'e', 2000)).toEqual({ ok: false, retryAfterMs: 1000, blockedBy: 'conn' });
  });

  it('keeps a paused dimension closed until its pause ends', () => {
    const state = emptyState();
    state.paused.rpm = 5000;
    expect(decide(state, [rpm()], 'a', 1000)).toEqual({ ok: false, retryAfterMs: 4000, blockedBy: 'rpm' });
    expect(usage(state, rpm(), 1000).pausedUntil).toBe(5000);
    expect(decide(state, [rpm()], 'a', 5000).ok).toBe(true);
  });
});
