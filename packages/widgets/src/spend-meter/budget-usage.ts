/**
 * One money budget's use as `@minimax-kit/limiter` reports it in `snapshot().budgets` (structural:
 * any source of the same shape works). Amounts are exact decimal strings in `currency`.
 */
export interface BudgetUsage {
  id: string;
  /** What the budget is kept for: a user, a team, an API key, or `global`. */
  key: string;
  currency: 'USD' | 'CNY';
  amount: string;
  spent: string;
  /** Held for calls still running, at their worst-case cost. */
  reserved: string;
  remaining: string;
  per: 'hour' | 'day' | 'week' | 'month';
  /** `true`: the period is the calendar's and resets at `resetsAt`; `false`: a rolling window. */
  calendar: boolean;
  resetsAt?: number;
}

/** A limiter's snapshot as far as budgets go. */
export interface BudgetSnapshotLike {
  at?: number;
  budgets?: readonly BudgetUsage[];
}

/** Anything with a limiter's `snapshot()` and `subscribe()` whose snapshots may carry `budgets`. */
export interface ObservableBudgets {
  snapshot(): BudgetSnapshotLike;
  subscribe(listener: (snapshot: BudgetSnapshotLike) => void): () => void;
}

/** The length of a rolling window of each period; a rolling month is 30 days. */
export const periodMs: Record<BudgetUsage['per'], number> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
};
