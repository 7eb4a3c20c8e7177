import type { BudgetUsage } from '../budgets/budget-options.js';
import type { DimensionUsage } from '../stores/store.js';

/** The state of every limit a limiter has seen, for meters and gauges. */
export interface LimiterSnapshot {
  at: number;
  /** By dimension id: `rpm:<scope>`, `tpm:<scope>`, `conn:<scope>`, `plan:window`, `plan:week`, `daily:<bucket>`, `budget:<id>:<key>` (sub-units). */
  dimensions: Record<string, DimensionUsage>;
  /** Requests waiting, in all and by scope. */
  queued: number;
  queuedByScope: Record<string, number>;
  /** Every budget of every key seen, in money. */
  budgets: BudgetUsage[];
}
