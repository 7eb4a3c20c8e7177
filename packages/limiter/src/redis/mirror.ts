import type { Dimension } from '../state/dimension.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';

/** What one process knows of one API key's limits apart from Redis. */
export interface Mirror {
  /** What this process admitted (replayed into Redis after an outage or a restart). */
  state: LimiterState;
  dims: Map<string, Dimension>;
  generation: string | undefined;
  /** What every process together held of each limit at the last answer from Redis. */
  seen: Record<string, number>;
}

/** A mirror that knows nothing yet. */
export const emptyMirror = (): Mirror => ({
  state: emptyState(),
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
      // This process's member of each until: [until, amount, of which still reserved]
      const members = new Map<number, [number, number, number]>();
      const log = mirror.state.budgets?.[d.id];
      for (const [until, amount, lease] of log?.entries.slice(log.head ?? 0) ?? []) {
        const member = members.get(until) ?? [until, 0, 0];
        member[1] += amount;
        if (lease !== '') member[2] += amount;
        members.set(until, member);
      }
      return [...members.values()];
    }
    return mirror.state.spans[d.id] ?? {};
  });
}
