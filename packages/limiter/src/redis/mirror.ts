import { budgetMembers } from '../state/budget-log.js';
import type { Dimension } from '../state/dimension.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';
import { MovedShares } from '../stores/moved-shares.js';

/** What one process knows of one API key's limits apart from Redis. */
export interface Mirror {
  /**
   * What this process admitted (replayed into Redis after an outage or a restart), in columns: a
   * window holds an entry per bucket, not one per lease.
   */
  state: LimiterState;
  /** Where leases that settled or moved hold their TPM shares in `state`. */
  moved: MovedShares;
  dims: Map<string, Dimension>;
  generation: string | undefined;
  /** What every process together held of each limit at the last answer from Redis. */
  seen: Record<string, number>;
}

/** A mirror that knows nothing yet. */
export const emptyMirror = (): Mirror => ({
  state: { ...emptyState(), rings: true },
  moved: new MovedShares(),
  dims: new Map(),
  generation: undefined,
  seen: {},
});

/** What this process holds of each dimension, as Redis keeps it: the `merge` operation's entries. */
export function replayEntries(mirror: Mirror, dims: readonly Dimension[]): unknown[] {
  return dims.map((d) => {
    if (d.kind === 'window') {
      // This process's entry of each bucket
      const buckets = new Map<number, number>();
      for (const [time, amount] of mirror.state.logs[d.id]?.entries ?? [])
        buckets.set(time, (buckets.get(time) ?? 0) + amount);
      return [...buckets];
    }
    if (d.kind === 'conn') return Object.entries(mirror.state.leases[d.id] ?? {});
    if (d.kind === 'budget') {
      const log = mirror.state.budgets?.[d.id];
      return log ? budgetMembers(log) : [];
    }
    return mirror.state.spans[d.id] ?? {};
  });
}
