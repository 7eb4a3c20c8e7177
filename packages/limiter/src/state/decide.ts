import type { DimensionUsage } from '../stores/store.js';
import { budgetHolding, budgetWait, reserveBudget, settleBudget } from './budget-log.js';
import { heldLeases, holdLease, liveLeases } from './conn-leases.js';
import type { Decision, Dimension } from './dimension.js';
import type { LimiterState } from './limiter-state.js';
import {
  recordWindow,
  settleEntry as settleWindow,
  type WindowShare,
  windowHolding,
  windowWait,
} from './window-log.js';

export { releaseLease, renewLease } from './conn-leases.js';

/** Settles a lease's entry in `d`: a budget's, or a sliding window's (TPM, found by `share` in columns). */
export function settleEntry(
  state: LimiterState,
  d: Dimension,
  lease: string,
  amount: number,
  share?: WindowShare,
): boolean {
  if (d.kind === 'budget') return settleBudget(state, d.id, lease, amount);
  return d.kind === 'window' && settleWindow(state, d, lease, amount, share);
}

/** The one admission every decision shares: nothing to allocate when it admits. */
const admitted: Decision = Object.freeze({ ok: true });

type Span = Extract<Dimension, { kind: 'anchored' | 'period' }>;

function spanOf(state: LimiterState, d: Span, now: number) {
  const span = state.spans[d.id];
  if (d.kind === 'period') {
    const start = Math.floor((now - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs;
    return span && span.start === start ? span : { start, used: 0 };
  }
  return span && now < span.start + d.windowMs + d.guardMs ? span : { start: now, used: 0 };
}

const spanEnd = (d: Span, start: number) =>
  d.kind === 'period' ? start + d.periodMs : start + d.windowMs + d.guardMs;

/** How long until `d` could take its amount, or `undefined` when it can now. */
function wait(state: LimiterState, d: Dimension, now: number): number | undefined {
  if (d.amount <= 0) return undefined;
  if (d.amount > d.limit) return Number.POSITIVE_INFINITY;
  switch (d.kind) {
    case 'window':
      return windowWait(state, d, now);
    case 'anchored':
    case 'period': {
      const span = spanOf(state, d, now);
      return span.used + d.amount <= d.limit ? undefined : spanEnd(d, span.start) - now;
    }
    case 'conn': {
      const { held, soonest } = heldLeases(liveLeases(state, d.id, now));
      // Without a release, the soonest a slot frees is when a lease expires.
      return held + d.amount <= d.limit ? undefined : soonest - now;
    }
    case 'budget':
      return budgetWait(state, d, now);
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
  const checked = check(state, dims, now);
  if (checked.ok) record(state, dims, lease, now);
  return checked;
}

/** Whether every dimension can take its amount now, recording nothing. */
export function check(state: LimiterState, dims: readonly Dimension[], now: number): Decision {
  let blockedBy: string | undefined;
  let retryAfterMs = 0;
  for (const d of dims) {
    const pausedUntil = state.paused[d.id];
    const waitMs = Math.max(pausedUntil === undefined ? 0 : pausedUntil - now, wait(state, d, now) ?? 0);
    // A budget that refuses rather than waits is named whatever else blocks: the caller hears of it at once.
    if (d.kind === 'budget' && d.rejects && waitMs > 0)
      return { ok: false, retryAfterMs: waitMs, blockedBy: d.id };
    if (waitMs > retryAfterMs) {
      retryAfterMs = waitMs;
      blockedBy = d.id;
    }
  }
  if (blockedBy !== undefined) return { ok: false, retryAfterMs, blockedBy };
  return admitted;
}

/** Records every dimension's amount for `lease` (after `check` admitted it). */
export function record(state: LimiterState, dims: readonly Dimension[], lease: string, now: number): void {
  for (const d of dims) {
    if (d.amount <= 0) continue;
    switch (d.kind) {
      case 'window':
        recordWindow(state, d, lease, now);
        break;
      case 'anchored':
      case 'period': {
        const span = spanOf(state, d, now);
        if (span === state.spans[d.id]) span.used += d.amount;
        else state.spans[d.id] = { start: span.start, used: span.used + d.amount };
        break;
      }
      case 'conn':
        holdLease(state, d.id, lease, now + d.leaseMs);
        break;
      case 'budget':
        reserveBudget(state, d, lease, now);
        break;
    }
  }
}

/** What a dimension holds now: its use against its limit, and when it next frees. */
export function usage(state: LimiterState, d: Dimension, now: number): DimensionUsage {
  const paused = state.paused[d.id];
  const pausedUntil = paused !== undefined && paused > now ? { pausedUntil: paused } : {};
  return { ...holding(state, d, now), ...pausedUntil };
}

function holding(state: LimiterState, d: Dimension, now: number): DimensionUsage {
  switch (d.kind) {
    case 'window':
      return windowHolding(state, d, now);
    case 'anchored':
    case 'period': {
      const span = spanOf(state, d, now);
      return { used: span.used, limit: d.limit, freesAt: span.used > 0 ? spanEnd(d, span.start) : undefined };
    }
    case 'conn': {
      const { held, soonest } = heldLeases(liveLeases(state, d.id, now));
      return { used: held, limit: d.limit, freesAt: held > 0 ? soonest : undefined };
    }
    case 'budget':
      return budgetHolding(state, d, now);
  }
}
