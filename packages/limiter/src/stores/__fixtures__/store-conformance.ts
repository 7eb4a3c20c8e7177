import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLimiter, type Lease } from '../../create-limiter.js';
import type { LimiterStore } from '../store.js';
import { itKeepsBudgets } from './budget-conformance.js';

/** How the conformance suite drives one kind of store. */
export interface StoreHarness {
  /** A fresh store (closed by `done`). */
  store(): LimiterStore & { close?(): unknown };
  /** Multiplies every window: 1 on a clock the test moves, small on a real one (Redis TIME). */
  timeScale: number;
  /** Lets `ms` (already scaled) pass on the store's clock. */
  advance(ms: number): Promise<void>;
  /** Whether the clock stands still between calls, so uses can be compared exactly step by step. */
  exact: boolean;
  runs: number;
}

const limits = { s: { rpm: 5, tpm: 1000, conn: 2 } };

interface Admitted {
  at: number;
  step: number;
  tokens: number;
  conn: boolean;
  lease: Lease;
  releasedAtStep?: number;
  /** Where the store keeps it in its windows: `at`, or when it was restamped (at `restampedAtStep`). */
  stamp: number;
  restampedAtStep?: number;
}

/** What each dimension holds, leaving out empty ones. */
const used = (dimensions: Record<string, { used: number }>) =>
  Object.fromEntries(
    Object.entries(dimensions)
      .filter(([, usage]) => usage.used > 0)
      .map(([id, usage]) => [id, usage.used]),
  );

/**
 * The one property suite every store passes (memory, browser, Redis): random workloads of tries,
 * waits, settles and releases, checked by an independent oracle on the store's own admission times.
 */
export function describeStoreConformance(name: string, harness: StoreHarness): void {
  const W = 60_000 * harness.timeScale;
  const leaseMs = 30_000 * harness.timeScale;
  const operation = fc.oneof(
    fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: W / 2 }) }),
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('try' as const),
        tokens: fc.integer({ min: 1, max: 600 }),
        conn: fc.constantFrom(false, false, true),
        // `acquireNow` (synchronous, where the store can decide so) or `tryAcquire`.
        now: fc.boolean(),
      }),
    },
    fc.record({
      op: fc.constant('settle' as const),
      pick: fc.nat(),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ op: fc.constant('release' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('restamp' as const), pick: fc.nat() }),
  );
  const windowSum = (
    admitted: Admitted[],
    at: number,
    value: (entry: Admitted) => number,
    time = (entry: Admitted) => entry.at,
  ) => admitted.filter((e) => time(e) > at - W && time(e) <= at).reduce((total, e) => total + value(e), 0);

  describe(`${name}: the limiter's properties, checked by an independent oracle`, () => {
    it('never lets any window hold more than its limit, nor more leases than CONN; a refusal writes nothing; settles and restamps are exact', async () => {
      expect(harness.store().restamp).toBeTypeOf('function');
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 60 }), async (operations) => {
          const store = harness.store();
          const limiter = createLimiter({
            key: `conformance-${run++}`,
            limits,
            guardMs: 0,
            leaseMs,
            timeScale: harness.timeScale,
            store,
          });
          const admitted: Admitted[] = [];
          try {
            for (const [step, operation] of operations.entries()) {
              if (operation.op === 'wait') await harness.advance(operation.ms);
              if (operation.op === 'try') {
                const before = used((await limiter.refresh()).dimensions);
                const demand = { scope: 's', tokens: operation.tokens, conn: operation.conn };
                // Where `acquireNow` cannot decide at once, `tryAcquire` decides: every try is decided.
                const lease =
                  (operation.now ? limiter.acquireNow(demand) : undefined) ??
                  (await limiter.tryAcquire(demand).then((result) => (result.ok ? result.lease : undefined)));
                if (lease) {
                  const { tokens, conn } = operation;
                  admitted.push({ at: lease.admittedAt, stamp: lease.admittedAt, step, tokens, conn, lease });
                } else {
                  // Nothing was written: every use is what it was (or less: windows drain meanwhile).
                  const after = used((await limiter.refresh()).dimensions);
                  if (harness.exact) expect(after).toEqual(before);
                  for (const [id, use] of Object.entries(after))
                    expect(use).toBeLessThanOrEqual(before[id] ?? 0);
                }
              }
              const entry =
                admitted[((operation as { pick?: number }).pick ?? 0) % Math.max(1, admitted.length)];
              if (operation.op === 'settle' && entry) {
                // Actual usage never exceeds the reservation (input + max output).
                entry.tokens = Math.floor(entry.tokens * operation.share);
                await entry.lease.settle({ tokens: entry.tokens });
              }
              if (operation.op === 'release' && entry && entry.releasedAtStep === undefined) {
                entry.releasedAtStep = step;
                await entry.lease.release();
              }
              if (operation.op === 'restamp' && entry && entry.restampedAtStep === undefined) {
                // The answer's headers arrived: the lease's window entries move to now.
                entry.restampedAtStep = step;
                // What has already left its window stays where it was.
                if (
                  windowSum(
                    [entry],
                    store.now(),
                    () => 1,
                    (e) => e.stamp,
                  ) > 0
                )
                  entry.stamp = store.now();
                const { lease } = entry;
                await store.restamp?.(
                  limiter.key,
                  lease.id,
                  limiter.dimensionsOf(lease.demand),
                  lease.admittedAt,
                );
              }
              if (harness.exact) {
                // Settled totals are exact, restamps too: the limiter's RPM and TPM use are the oracle's.
                const { dimensions } = await limiter.refresh();
                const stamp = (e: Admitted) => e.stamp;
                expect(dimensions['tpm:s']?.used ?? 0).toBe(
                  windowSum(admitted, store.now(), (e) => e.tokens, stamp),
                );
                expect(dimensions['rpm:s']?.used ?? 0).toBe(windowSum(admitted, store.now(), () => 1, stamp));
              }
            }
          } finally {
            await limiter.close();
            await store.close?.();
          }
          // The oracle, on the store's own admission times: every window ending at an admission,
          // and the leases held when it was admitted (released at an earlier step, or lapsed, do not count).
          for (const a of admitted) {
            expect(windowSum(admitted, a.at, () => 1)).toBeLessThanOrEqual(limits.s.rpm);
            expect(windowSum(admitted, a.at, (e) => e.tokens)).toBeLessThanOrEqual(limits.s.tpm);
            if (harness.exact) {
              // The store's own view at each admission: restamped entries count from their new time.
              const seen = admitted.filter((e) => e.step <= a.step);
              const time = (e: Admitted) =>
                (e.restampedAtStep ?? Number.POSITIVE_INFINITY) < a.step ? e.stamp : e.at;
              expect(windowSum(seen, a.at, () => 1, time)).toBeLessThanOrEqual(limits.s.rpm);
              expect(windowSum(seen, a.at, (e) => e.tokens, time)).toBeLessThanOrEqual(limits.s.tpm);
            }
            if (!a.conn) continue;
            const held = admitted.filter(
              (e) =>
                e.conn &&
                e.step <= a.step &&
                (e.releasedAtStep ?? Number.POSITIVE_INFINITY) > a.step &&
                e.at + leaseMs > a.at,
            );
            expect(held.length).toBeLessThanOrEqual(limits.s.conn);
          }
        }),
        { numRuns: harness.runs },
      );
    }, 180_000);

    itKeepsBudgets(harness);
  });
}
