import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension } from './dimension.js';
import { emptyState, type WindowLog } from './limiter-state.js';
import { restampLease } from './restamp.js';
import { RingLog } from './ring-log.js';
import { recordWindow, settleEntry, windowHolding, windowWait } from './window-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;

const op = fc.record({
  step: fc.double({ min: 0, max: 40, noNaN: true }),
  amount: fc.integer({ min: 1, max: 30 }),
  settles: fc.boolean(),
  settle: fc.option(fc.integer({ min: 0, max: 60 })),
  bucketMs: fc.constantFrom(0, 25),
  restamp: fc.option(fc.integer({ min: 0, max: 20 })),
});

// A plain log's live entries with those of one time merged: what a column log holds.
const merged = (log: WindowLog) => {
  const entries: [number, number, string][] = [];
  for (const [time, amount] of log.entries.slice(log.head ?? 0)) {
    const last = entries[entries.length - 1];
    if (last && last[0] === time) last[1] += amount;
    else entries.push([time, amount, '']);
  }
  return { entries, total: log.total };
};

describe('RingLog', () => {
  it('answers exactly as a plain log, whatever is added, settled, restamped and left behind', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const plain = emptyState();
        const rings = { ...emptyState(), rings: true as const };
        let now = 1000;
        // Each lease's window, and where its share sits (as a lease keeps it).
        const leases: { d: Window; at: number; amount: number }[] = [];
        for (const o of ops) {
          now += o.step;
          const d: Window = {
            id: `w${o.bucketMs}${o.settles ? 's' : ''}`,
            kind: 'window',
            limit: 200,
            amount: o.amount,
            windowMs: 300,
            guardMs: 7,
            bucketMs: o.bucketMs,
            ...(o.settles ? { settles: true } : {}),
          };
          expect(windowWait(rings, d, now)).toBe(windowWait(plain, d, now));
          const lease = `l${leases.length}`;
          recordWindow(plain, d, lease, now);
          recordWindow(rings, d, lease, now);
          leases.push({ d, at: now, amount: o.amount });
          if (o.restamp !== null) {
            const i = Math.max(0, leases.length - 1 - o.restamp);
            const share = leases[i] as (typeof leases)[number];
            // A share of nothing has nothing to move.
            if (share.amount > 0) {
              const held = [{ ...share.d, amount: share.amount }];
              const moved = restampLease(rings, held, `l${i}`, share.at, now);
              expect(moved).toBe(restampLease(plain, held, `l${i}`, share.at, now));
              if (moved > 0) share.at = now;
            }
          }
          if (o.settle !== null) {
            const j = Math.max(0, leases.length - 1 - (o.settle % 20));
            const share = leases[j] as (typeof leases)[number];
            const settled = settleEntry(
              rings,
              share.d,
              `l${j}`,
              o.settle,
              share.d.settles ? share : undefined,
            );
            expect(settled).toBe(settleEntry(plain, share.d, `l${j}`, o.settle));
            if (share.d.settles) share.amount = o.settle;
          }
          expect(windowHolding(rings, d, now)).toEqual(windowHolding(plain, d, now));
        }
        for (const [id, log] of Object.entries(rings.logs)) {
          expect(log).toBeInstanceOf(RingLog);
          expect(JSON.parse(JSON.stringify(log))).toEqual(merged(plain.logs[id] as WindowLog));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('slides down or doubles its columns: memory bounded by what is live, not by what passed', () => {
    const log = new RingLog();
    for (let t = 0; t < 100_000; t++) {
      log.add(t, 1);
      log.dropUntil(t - 500);
    }
    expect(log.size).toBe(500);
    expect(log.total).toBe(500);
    expect(log.first()).toBe(100_000 - 500);
    expect(log.adjust(99_999, 2)).toBe(true);
    expect(log.adjust(0, 2)).toBe(false);
    expect(log.total).toBe(502);
  });

  it('keeps one entry per instant, however many are recorded in it', () => {
    const log = new RingLog();
    for (let i = 0; i < 10_000; i++) log.add(Math.floor(i / 1000), 3);
    expect(log.size).toBe(10);
    expect(log.total).toBe(30_000);
    expect(log.take(4, 5)).toBe(5);
    expect(log.adjust(4, -10_000)).toBe(true);
    expect(log.entries[4]).toEqual([4, 0, '']);
    expect(log.total).toBe(27_000);
  });
});
