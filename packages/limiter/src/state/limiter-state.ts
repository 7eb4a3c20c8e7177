import type { BudgetLog } from './budget-log.js';
import type { RingLog } from './ring-log.js';

/** A log entry: when, how much, and which lease added it (`''` once merged into a bucket). */
export type Entry = [time: number, amount: number, lease: string];

/**
 * A sliding log: entries oldest first, and the running total of those in the window. Entries
 * before `head` have left the window; they are cut off in bulk once they outnumber the rest (so a
 * decision costs O(1) amortised, never a shift of the whole log), and a settled entry that left no
 * longer names its lease.
 */
export interface WindowLog {
  entries: Entry[];
  total: number;
  /** How many entries at the front have left the window; 0 when absent. */
  head?: number;
}

/**
 * Everything one key's limits remember; plain JSON, so any store can keep it. A state that never
 * leaves its process (the memory store's) may keep its sliding logs in columns (`rings`).
 */
export interface LimiterState {
  /** Sliding logs by dimension id. */
  logs: Record<string, WindowLog | RingLog>;
  /** Anchored windows and calendar periods: when the current one started, and its use. */
  spans: Record<string, { start: number; used: number }>;
  /** CONN leases by dimension id: lease id → expiry time. */
  leases: Record<string, Record<string, number>>;
  /** Budgets by dimension id (absent until one is used). */
  budgets?: Record<string, BudgetLog>;
  /** Dimensions MiniMax refused anyway: closed until the given time. */
  paused: Record<string, number>;
  /** New sliding logs are `RingLog`s: for a state kept in memory only (it serialises as plain logs). */
  rings?: true;
}

/** An empty state. */
export const emptyState = (): LimiterState => ({ logs: {}, spans: {}, leases: {}, paused: {} });
