/** A log entry: when, how much, and which lease added it (`''` once merged into a bucket). */
export type Entry = [time: number, amount: number, lease: string];

/** Everything one key's limits remember; plain JSON, so any store can keep it. */
export interface LimiterState {
  /** Sliding logs by dimension id: entries oldest first, and their running total. */
  logs: Record<string, { entries: Entry[]; total: number }>;
  /** Anchored windows and calendar periods: when the current one started, and its use. */
  spans: Record<string, { start: number; used: number }>;
  /** CONN leases by dimension id: lease id → expiry time. */
  leases: Record<string, Record<string, number>>;
  /** Dimensions MiniMax refused anyway: closed until the given time. */
  paused: Record<string, number>;
}

/** An empty state. */
export const emptyState = (): LimiterState => ({ logs: {}, spans: {}, leases: {}, paused: {} });
