import type { DimensionUsage } from '../stores/store.js';
import type { Decision, Dimension } from './dimension.js';
import type { Entry, LimiterState } from './limiter-state.js';

const keep = (d: Extract<Dimension, { kind: 'window' }>) => d.windowMs + d.guardMs;

type Log = LimiterState['logs'][string];

// A bucketed entry stands for everything added up to its bucket's end.
const reachOf = (d: Extract<Dimension, { kind: 'window' }>) => keep(d) + Math.max(d.bucketMs, 0);

function logOf(state: LimiterState, d: Extract<Dimension, { kind: 'window' }>, now: number): Log {
  let log = state.logs[d.id];
  if (!log) {
    log = { entries: [], total: 0 };
    state.logs[d.id] = log;
  }
  const reach = reachOf(d);
  let drop = 0;
  while (drop < log.entries.length && (log.entries[drop] as Entry)[0] + reach <= now) {
    log.total -= (log.entries[drop] as Entry)[1];
    drop += 1;
  }
  if (drop > 0) log.entries.splice(0, drop);
  return log;
}

function spanOf(state: LimiterState, d: Extract<Dimension, { kind: 'anchored' | 'period' }>, now: number) {
  const span = state.spans[d.id];
  if (d.kind === 'period') {
    const start = Math.floor((now - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs;
    return span && span.start === start ? span : { start, used: 0 };
  }
  return span && now < span.start + d.windowMs + d.guardMs ? span : { start: now, used: 0 };
}

function liveLeases(state: LimiterState, id: string, now: number): Record<string, number> {
  const leases = state.leases[id] ?? {};
  for (const [lease, expiresAt] of Object.entries(leases)) if (expiresAt <= now) delete leases[lease];
  return leases;
}

/** How long until `d` could take its amount, or `undefined` when it can now. */
function wait(state: LimiterState, d: Dimension, now: number): number | undefined {
  if (d.amount <= 0) return undefined;
  if (d.amount > d.limit) return Number.POSITIVE_INFINITY;
  switch (d.kind) {
    case 'window': {
      const log = logOf(state, d, now);
      let used = log.total;
      if (used + d.amount <= d.limit) return undefined;
      for (const [time, amount] of log.entries) {
        used -= amount;
        if (used + d.amount <= d.limit) return time + reachOf(d) - now;
      }
      return Number.POSITIVE_INFINITY;
    }
    case 'anchored':
    case 'period': {
      const span = spanOf(state, d, now);
      if (span.used + d.amount <= d.limit) return undefined;
      return d.kind === 'period' ? span.start + d.periodMs - now : span.start + d.windowMs + d.guardMs - now;
    }
    case 'conn': {
      const leases = liveLeases(state, d.id, now);
      const held = Object.values(leases);
      if (held.length + d.amount <= d.limit) return undefined;
      // Without a release, the soonest a slot frees is when a lease expires.
      return Math.min(...held) - now;
    }
  }
}

/**
 * Checks every dimension and, only if all can take their amounts, records them for `lease`: the
 * one atomic decision all stores make. A refusal changes nothing and says when to try again.
 */
export function decide(
  state: LimiterState,
  dims: readonly Dimension[],
  lease: string,
  now: number,
): Decision {
  let blocked: Decision | undefined;
  for (const d of dims) {
    const pausedUntil = state.paused[d.id] ?? 0;
    const waitMs = Math.max(pausedUntil - now, wait(state, d, now) ?? 0);
    if (waitMs > 0 && (!blocked || (!blocked.ok && waitMs > blocked.retryAfterMs))) {
      blocked = { ok: false, retryAfterMs: waitMs, blockedBy: d.id };
    }
  }
  if (blocked) return blocked;
  for (const d of dims) {
    if (d.amount <= 0) continue;
    switch (d.kind) {
      case 'window': {
        const log = logOf(state, d, now);
        const time = d.bucketMs > 0 ? Math.floor(now / d.bucketMs) * d.bucketMs : now;
        const last = log.entries[log.entries.length - 1];
        if (!d.settles && last && last[0] === time) last[1] += d.amount;
        else log.entries.push([time, d.amount, d.settles ? lease : '']);
        log.total += d.amount;
        break;
      }
      case 'anchored':
      case 'period': {
        const span = spanOf(state, d, now);
        state.spans[d.id] = { start: span.start, used: span.used + d.amount };
        break;
      }
      case 'conn':
        state.leases[d.id] = { ...state.leases[d.id], [lease]: now + d.leaseMs };
        break;
    }
  }
  return { ok: true };
}

/** Sets what a lease's entry in a sliding window really cost (refund or surcharge). */
export function settleEntry(state: LimiterState, dimension: string, lease: string, amount: number): boolean {
  const log = state.logs[dimension];
  // Recent leases are at the end of the log: search backwards.
  for (let i = (log?.entries.length ?? 0) - 1; log && i >= 0; i--) {
    const entry = log.entries[i] as Entry;
    if (entry[2] !== lease) continue;
    const settled = Math.max(0, amount);
    log.total += settled - entry[1];
    entry[1] = settled;
    return true;
  }
  return false;
}

/** Frees a lease's CONN slots. */
export function releaseLease(state: LimiterState, lease: string): void {
  for (const leases of Object.values(state.leases)) delete leases[lease];
}

/** Extends a lease's CONN slots to `until`. */
export function renewLease(state: LimiterState, lease: string, until: number): void {
  for (const leases of Object.values(state.leases)) if (lease in leases) leases[lease] = until;
}

/** What a dimension holds now: its use against its limit, and when it next frees. */
export function usage(state: LimiterState, d: Dimension, now: number): DimensionUsage {
  const paused = state.paused[d.id];
  const pausedUntil = paused !== undefined && paused > now ? { pausedUntil: paused } : {};
  return { ...holding(state, d, now), ...pausedUntil };
}

function holding(state: LimiterState, d: Dimension, now: number): DimensionUsage {
  switch (d.kind) {
    case 'window': {
      const log = logOf(state, d, now);
      const first = log.entries[0];
      return { used: log.total, limit: d.limit, freesAt: first ? first[0] + reachOf(d) : undefined };
    }
    case 'anchored':
    case 'period': {
      const span = spanOf(state, d, now);
      const end = d.kind === 'period' ? span.start + d.periodMs : span.start + d.windowMs + d.guardMs;
      return { used: span.used, limit: d.limit, freesAt: span.used > 0 ? end : undefined };
    }
    case 'conn': {
      const held = Object.values(liveLeases(state, d.id, now));
      return { used: held.length, limit: d.limit, freesAt: held.length > 0 ? Math.min(...held) : undefined };
    }
  }
}
