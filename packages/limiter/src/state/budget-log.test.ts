import { describe, expect, it } from 'vitest';
import { budgetHolding, budgetWait, reserveBudget, settleBudget } from './budget-log.js';
import type { BudgetDimension } from './dimension.js';
import { emptyState, type LimiterState } from './limiter-state.js';

const d = (amount: number): BudgetDimension => ({
  id: 'budget:b:default',
  kind: 'budget',
  limit: 1000,
  amount,
  windowMs: 100,
  guardMs: 0,
  bucketMs: 0,
  rejects: true,
});

describe('a budget log', () => {
  it.each([
    ['kept in memory', () => ({ ...emptyState(), rings: true as const })],
    ['read back from JSON', () => emptyState()],
  ])(
    'drops what stopped counting in O(1) amortised, and settles any lease still counting (%s)',
    (_, fresh) => {
      let state: LimiterState = fresh();
      for (let t = 0; t < 1000; t++) {
        reserveBudget(state, d(1), `l${t}`, t);
        if (t % 3 === 0) expect(settleBudget(state, d(1).id, `l${t}`, 0)).toBe(true);
        if (!state.rings) state = { ...emptyState(), ...JSON.parse(JSON.stringify(state)) };
      }
      const log = state.budgets?.[d(1).id];
      // Only the last window's entries remain, give or take what has not been cut off yet.
      expect((log?.entries.length ?? 0) - (log?.head ?? 0)).toBe(100);
      expect(log?.entries.length).toBeLessThan(300);
      expect(budgetHolding(state, d(1), 999)).toMatchObject({ used: 66, reserved: 66, freesAt: 1000 });
      // A lease whose entry stopped counting is no longer settled; one still counting is.
      expect(settleBudget(state, d(1).id, 'l800', 1)).toBe(false);
      expect(settleBudget(state, d(1).id, 'l950', 5)).toBe(true);
      expect(budgetHolding(state, d(1), 999)).toMatchObject({ used: 70, reserved: 65 });
      // A settled lease settles once.
      expect(settleBudget(state, d(1).id, 'l950', 1)).toBe(false);
      expect(budgetWait(state, d(930), 999)).toBe(undefined);
      expect(budgetWait(state, d(931), 999)).toBeGreaterThan(0);
      expect(budgetWait(state, d(1001), 999)).toBe(Number.POSITIVE_INFINITY);
    },
  );

  it('kept in memory, merges what one instant reserves into one entry, and settles each lease by its own share', () => {
    const state: LimiterState = { ...emptyState(), rings: true };
    for (let i = 0; i < 1000; i++) reserveBudget(state, d(1), `l${i}`, 5);
    reserveBudget(state, d(1), 'later', 6);
    const log = state.budgets?.[d(1).id];
    expect(log?.entries).toEqual([
      [105, 1000, ''],
      [106, 1, ''],
    ]);
    expect(settleBudget(state, d(1).id, 'l7', 0)).toBe(true);
    expect(settleBudget(state, d(1).id, 'l7', 0)).toBe(false);
    expect(settleBudget(state, d(1).id, 'l8', 3)).toBe(true);
    expect(budgetHolding(state, d(1), 50)).toMatchObject({ used: 1002, reserved: 999, freesAt: 105 });
    // What stops counting leaves with its reservations: the later one alone is still reserved.
    expect(budgetHolding(state, d(1), 105)).toMatchObject({ used: 1, reserved: 1, freesAt: 106 });
    expect(settleBudget(state, d(1).id, 'l9', 0)).toBe(false);
    expect(settleBudget(state, d(1).id, 'later', 0)).toBe(true);
    expect(budgetHolding(state, d(1), 105)).toMatchObject({ used: 0, reserved: 0 });
  });
});
