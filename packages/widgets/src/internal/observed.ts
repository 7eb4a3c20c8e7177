/** One limit's use as `@minimax-kit/limiter` reports it (structural: any source of the same shape works). */
export interface DimensionUse {
  used: number;
  limit: number;
  freesAt?: number | undefined;
  pausedUntil?: number | undefined;
}

/** A limiter's snapshot: use by dimension id (`rpm:<scope>`, `tpm:…`, `conn:…`, `plan:window`, `plan:week`, `daily:…`). */
export interface LimiterSnapshotLike {
  at?: number;
  dimensions: Record<string, DimensionUse>;
  queued?: number;
  queuedByScope?: Record<string, number>;
}

/** Anything with a limiter's `snapshot()` and `subscribe()`, such as `createLimiter()`'s result. */
export interface ObservableLimiter {
  snapshot(): LimiterSnapshotLike;
  subscribe(listener: (snapshot: LimiterSnapshotLike) => void): () => void;
}

/** A meter's level against its thresholds. */
export type Level = 'ok' | 'warning' | 'critical';

/** The level of `used / total` against thresholds given in percent used. */
export function levelOf(used: number, total: number, warning: number, critical: number): Level {
  const percent = total > 0 ? (used / total) * 100 : 0;
  if (percent >= critical) return 'critical';
  if (percent >= warning) return 'warning';
  return 'ok';
}
