import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fromSubUnits, toSubUnits } from '../../budgets/money-units.js';
import { createLimiter, type Lease } from '../../create-limiter.js';
import type { StoreHarness } from './store-conformance.js';

interface Reserved {
  at: number;
  step: number;
  reserved: number;
  /** What it counts now: its reservation until settled, then its cost. */
  counts: number;
  settled: boolean;
  lease: Lease;
}

const amount = '1';
const limit = toSubUnits(amount);

/**
 * The budget part of the store conformance suite: random reservations, settles (refunds and
 * zero-cost failures) and releases, checked by an oracle in exact sub-units. No window of the
 * store's admission times ever holds settled costs above the amount, and no reservation leaks.
 */
export function itKeepsBudgets(harness: StoreHarness): void {
  // An hour's budget scaled to the suite's minute, so a real clock (Redis) runs as fast as the rest.
  const timeScale = harness.timeScale / 60;
  const W = 3_600_000 * timeScale;
  const operation = fc.oneof(
    fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: Math.floor(W / 2) }) }),
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('try' as const),
        cost: fc.integer({ min: 1, max: 0.6 * limit }),
      }),
    },
    fc.record({
      op: fc.constant('settle' as const),
      pick: fc.nat(),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ op: fc.constant('release' as const), pick: fc.nat() }),
  );
  const inWindow = (all: Reserved[], at: number) => all.filter((e) => e.at > at - W && e.at <= at);
  let run = 0;

  it('never lets a budget window hold settled costs above its amount, and leaks no reservation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        const store = harness.store();
        const limiter = createLimiter({
          key: `budget-conformance-${run++}`,
          budgets: [{ id: 'b', amount, currency: 'USD', per: 'hour' }],
          guardMs: 0,
          timeScale,
          store,
        });
        const all: Reserved[] = [];
        const budget = async () => (await limiter.refresh()).budgets[0];
        try {
          for (const [step, o] of operations.entries()) {
            if (o.op === 'wait') await harness.advance(o.ms);
            const entry = all[('pick' in o ? o.pick : 0) % Math.max(1, all.length)];
            if (o.op === 'try') {
              const before = await budget();
              const result = await limiter.tryAcquire({
                cost: { amount: fromSubUnits(o.cost), currency: 'USD' },
              });
              if (result.ok) {
                const at = result.lease.admittedAt;
                all.push({ at, step, reserved: o.cost, counts: o.cost, settled: false, lease: result.lease });
              } else {
                // A refusal reserves nothing.
                const after = await budget();
                expect(toSubUnits(after?.reserved ?? '0')).toBeLessThanOrEqual(
                  toSubUnits(before?.reserved ?? '0'),
                );
              }
            }
            if (o.op === 'settle' && entry) {
              const cost = Math.floor(entry.reserved * o.share);
              await entry.lease.settle({ cost: fromSubUnits(cost) });
              if (!entry.settled) entry.counts = cost;
              entry.settled = true;
            }
            if (o.op === 'release' && entry) {
              // A release without a settle spends the reservation: the call is over, its bill unknown.
              await entry.lease.release();
              entry.settled = true;
            }
            if (harness.exact) {
              const now = store.now();
              const held = inWindow(all, now);
              const usage = await budget();
              const reserved = held.filter((e) => !e.settled).reduce((sum, e) => sum + e.reserved, 0);
              const counted = held.reduce((sum, e) => sum + e.counts, 0);
              expect(usage?.reserved).toBe(fromSubUnits(reserved));
              expect(usage?.spent).toBe(fromSubUnits(counted - reserved));
            }
          }
          for (const e of all) await e.lease.release();
          expect((await budget())?.reserved).toBe('0');
        } finally {
          await limiter.close();
          await store.close?.();
        }
        // The oracle over the store's own admission times: costs as finally settled never exceed the amount.
        for (const a of all) {
          const counted = inWindow(all, a.at).reduce((sum, e) => sum + e.counts, 0);
          expect(counted).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: harness.runs },
    );
  }, 180_000);
}
