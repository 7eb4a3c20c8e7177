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

describe('RingLog', () => {
  it('answers exactly as a plain log, whatever is added, settled, restamped and left behind', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const plain = emptyState();
        const rings = { ...emptyState(), rings: true as const };
        let now = 1000;
        let n = 0;
        const admitted: number[] = [];
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
          const lease = `l${n++}`;
          recordWindow(plain, d, lease, now);
          recordWindow(rings, d, lease, now);
          admitted.push(now);
          if (o.restamp !== null) {
            const i = Math.max(0, n - 1 - o.restamp);
            const moved = restampLease(rings, [d], `l${i}`, admitted[i] as number, now);
            expect(moved).toBe(restampLease(plain, [d], `l${i}`, admitted[i] as number, now));
          }
          if (o.settle !== null) {
            const back = `l${Math.max(0, n - 1 - (o.settle % 20))}`;
            expect(settleEntry(rings, d.id, back, o.settle)).toBe(settleEntry(plain, d.id, back, o.settle));
          }
          expect(windowHolding(rings, d, now)).toEqual(windowHolding(plain, d, now));
        }
        for (const [id, log] of Object.entries(rings.logs)) {
          expect(log).toBeInstanceOf(RingLog);
          const twin = plain.logs[id] as WindowLog;
          const live = twin.entries.slice(twin.head ?? 0);
          expect(JSON.parse(JSON.stringify(log))).toEqual({ entries: live, total: twin.total });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('slides down or doubles its columns: memory bounded by what is live, not by what passed', () => {
    const log = new RingLog();
    for (let t = 0; t < 100_000; t++) {
      log.add(t, 1, `l${t}`, false);
      log.dropUntil(t - 500);
    }
    expect(log.size).toBe(500);
    expect(log.total).toBe(500);
    expect(log.first()).toBe(100_000 - 500);
    expect(log.settle('l99999', 3)).toBe(true);
    expect(log.settle('l0', 3)).toBe(false);
    expect(log.total).toBe(502);
  });
});
