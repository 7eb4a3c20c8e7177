import type { DimensionUsage } from '../stores/store.js';
import { countsUntil, periodEnd } from './budget-period.js';
import type { BudgetDimension } from './dimension.js';
import type { LimiterState } from './limiter-state.js';

/** A budget entry: until when it counts, how much, and the lease whose reservation it is (`''` once settled). */
export type BudgetEntry = [until: number, amount: number, lease: string];

/**
 * What a budget holds: entries in the order they stop counting, what they add up to, and how much
 * of that is still reserved (not yet settled). Plain JSON, so every store keeps it alike.
 */
export interface BudgetLog {
  entries: BudgetEntry[];
  total: number;
  reserved: number;
}

/** The log of `d` with every entry that stopped counting by `now` dropped. */
export function budgetLogOf(state: LimiterState, d: BudgetDimension, now: number): BudgetLog {
  state.budgets ??= {};
  let log = state.budgets[d.id];
  if (!log) {
    log = { entries: [], total: 0, reserved: 0 };
    state.budgets[d.id] = log;
  }
  const entries = log.entries;
  let gone = 0;
  while (gone < entries.length && (entries[gone] as BudgetEntry)[0] <= now) {
    const [, amount, lease] = entries[gone] as BudgetEntry;
    log.total -= amount;
    if (lease !== '') log.reserved -= amount;
    gone += 1;
  }
  if (gone > 0) entries.splice(0, gone);
  return log;
}

/** How long until `d`'s amount fits, or `undefined` when it fits now (`Infinity`: never). */
export function budgetWait(state: LimiterState, d: BudgetDimension, now: number): number | undefined {
  const log = budgetLogOf(state, d, now);
  let used = log.total;
  if (used + d.amount <= d.limit) return undefined;
  for (const [until, amount] of log.entries) {
    used -= amount;
    if (used + d.amount <= d.limit) return until - now;
  }
  return Number.POSITIVE_INFINITY;
}

/** Reserves `d`'s amount for `lease`. */
export function reserveBudget(state: LimiterState, d: BudgetDimension, lease: string, now: number): void {
  const log = budgetLogOf(state, d, now);
  const until = countsUntil(d, now);
  log.total += d.amount;
  log.reserved += d.amount;
  // Entries stay ordered by `until`: a budget's `until` never decreases with time.
  log.entries.push([until, d.amount, lease]);
}

/** Replaces a lease's reservation by what it cost (0: released unbilled); false when it holds none. */
export function settleBudget(state: LimiterState, id: string, lease: string, amount: number): boolean {
  const log = state.budgets?.[id];
  if (!log || lease === '') return false;
  const entries = log.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as BudgetEntry;
    if (entry[2] !== lease) continue;
    const cost = Math.max(0, amount);
    log.total += cost - entry[1];
    log.reserved -= entry[1];
    entry[1] = cost;
    entry[2] = '';
    return true;
  }
  return false;
}

/** What a budget holds now: spent and reserved together as `used`, `reserved` apart. */
export function budgetHolding(state: LimiterState, d: BudgetDimension, now: number): DimensionUsage {
  const log = budgetLogOf(state, d, now);
  const first = log.entries[0]?.[0];
  return {
    used: log.total,
    limit: d.limit,
    freesAt: first,
    reserved: log.reserved,
    ...(d.period ? { resetsAt: periodEnd(d.period, now) } : {}),
  };
}
