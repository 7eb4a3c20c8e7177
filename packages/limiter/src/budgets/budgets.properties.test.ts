import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';
import { runTraffic, type TrafficCall, worstWindow } from './__fixtures__/budget-traffic.js';
import { toSubUnits } from './money-units.js';

const amount = '1';
const limit = toSubUnits(amount);
const timeScale = 0.0001; // an hour of 360 ms
const W = 3_600_000 * timeScale;

const call: fc.Arbitrary<TrafficCall> = fc.record({
  cost: fc.integer({ min: 1, max: 0.5 * limit }),
  startMs: fc.integer({ min: 0, max: 300 }),
  abortMs: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  outcome: fc.constantFrom('settle', 'fail', 'unknown'),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  holdMs: fc.integer({ min: 0, max: 100 }),
});

describe('budgets under random concurrency, aborts, failures and settle orders', () => {
  it.each(['wait', 'reject'] as const)(
    'never spend above the amount in any window, and leak no reservation (onExceed %s)',
    async (onExceed) => {
      await fc.assert(
        fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 30 }), async (calls) => {
          const limiter = createLimiter({
            store: memoryStore(),
            guardMs: 0,
            timeScale,
            budgets: [{ id: 'b', amount, currency: 'USD', per: 'hour', onExceed }],
          });
          const spent = await runTraffic(limiter, calls);
          expect(worstWindow(spent, W)).toBeLessThanOrEqual(limit);
          const { budgets, queued } = await limiter.refresh();
          expect(queued).toBe(0);
          expect(budgets[0]?.reserved).toBe('0');
          await limiter.close();
        }),
        { numRuns: 25 },
      );
    },
  );
});
