import type { LimiterState } from './limiter-state.js';

/** The CONN leases of a dimension that have not expired by `now` (expired ones are dropped). */
export function liveLeases(state: LimiterState, id: string, now: number): Record<string, number> {
  const leases = state.leases[id];
  if (!leases) return {};
  for (const lease in leases) if ((leases[lease] as number) <= now) delete leases[lease];
  return leases;
}

/** Records a CONN lease of dimension `id` until `until`. */
export function holdLease(state: LimiterState, id: string, lease: string, until: number): void {
  let leases = state.leases[id];
  if (!leases) {
    leases = {};
    state.leases[id] = leases;
  }
  leases[lease] = until;
}

/** How many leases are held, and the soonest expiry (`Infinity` when none). */
export function heldLeases(leases: Record<string, number>): { held: number; soonest: number } {
  let held = 0;
  let soonest = Number.POSITIVE_INFINITY;
  for (const lease in leases) {
    held += 1;
    soonest = Math.min(soonest, leases[lease] as number);
  }
  return { held, soonest };
}

/** Frees a lease's CONN slots. */
export function releaseLease(state: LimiterState, lease: string): void {
  for (const id in state.leases) delete (state.leases[id] as Record<string, number>)[lease];
}

/** Extends a lease's CONN slots to `until`. */
export function renewLease(state: LimiterState, lease: string, until: number): void {
  for (const id in state.leases) {
    const leases = state.leases[id] as Record<string, number>;
    if (lease in leases) leases[lease] = until;
  }
}
