import type { Currency } from '@minimax-kit/core';

/** How long a budget's window or period is. */
export type BudgetPeriod = 'hour' | 'day' | 'week' | 'month';

/** A budget in money, one more limit of the same all-or-nothing decision as RPM and TPM. */
export interface Budget {
  /** Names it in snapshots and errors: letters, digits, `.`, `_` and `-`. */
  id: string;
  /** An exact decimal string > 0 (`"5"`, `"80.25"`), at most 1,000,000. */
  amount: string;
  /** Must be the limiter region's currency (`USD` for `global`, `CNY` for `cn`). */
  currency: Currency;
  /** Rolling: any hour, 24 h, 7 days or 30 days. With `calendar`: the clock hour, day, Monday-to-Monday week or calendar month at `dayOffsetMinutes`. */
  per: BudgetPeriod;
  /** Periods that reset at fixed times instead of a rolling window; false when absent. */
  calendar?: boolean;
  /** `reject` (the default): `BudgetExceededError` at once when there is no room; `wait`: queue like any other limit. */
  onExceed?: 'reject' | 'wait';
}

/** A budget checked and converted: its amount in sub-units. */
export interface ResolvedBudget extends Required<Budget> {
  /** The amount in sub-units of 10⁻⁹ of the currency. */
  limit: number;
}

/** What one budget of one key holds, for meters (`snapshot().budgets`). Money as exact decimal strings. */
export interface BudgetUsage {
  id: string;
  /** Whose budget: what `budgetKey` derived (`default` without one). */
  key: string;
  currency: Currency;
  amount: string;
  /** Settled: what finished calls cost. */
  spent: string;
  /** Held for calls not settled yet, at their worst case. */
  reserved: string;
  /** `amount − spent − reserved`, never below 0. */
  remaining: string;
  per: BudgetPeriod;
  calendar: boolean;
  /** Calendar periods: when this one ends, epoch ms. */
  resetsAt?: number;
}
