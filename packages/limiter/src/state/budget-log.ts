import type { DimensionUsage } from '../stores/store.js';
import { countsUntil, periodEnd } from './budget-period.js';
import { cutHead } from './cut-head.js';
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
  /** How many entries at the front stopped counting; cut off in bulk once they outnumber the rest. */
  head?: number;
}

// Beside a log kept in memory only (`state.rings`), its entries of one `until` merge into one, and
// each unsettled reservation is kept here by lease instead, oldest first, until it settles or
// stops counting: a day's budget holds a few entries, not one per call. A log written as JSON has
// none, keeps each reservation as its own entry, and one read back finds its leases by a search
// from the newest end.
const pending = new WeakMap<BudgetLog, Map<string, BudgetEntry>>();

/** The log of `d` with every entry that stopped counting by `now` dropped. */
export function budgetLogOf(state: LimiterState, d: BudgetDimension, now: number): BudgetLog {
  state.budgets ??= {};
  let log = state.budgets[d.id];
  if (!log) {
    log = { entries: [], total: 0, reserved: 0 };
    state.budgets[d.id] = log;
  }
  const entries = log.entries;
  let head = log.head ?? 0;
  const start = head;
  while (head < entries.length && (entries[head] as BudgetEntry)[0] <= now) {
    const entry = entries[head] as BudgetEntry;
    log.total -= entry[1];
    if (entry[2] !== '') {
      log.reserved -= entry[1];
      pending.get(log)?.delete(entry[2]);
      entry[2] = ''; // nobody settles what stopped counting
    }
    head += 1;
  }
  if (head === start) return log;
  const leases = pending.get(log);
  if (leases)
    for (const [lease, [until, amount]] of leases) {
      if (until > now) break;
      log.reserved -= amount;
      leases.delete(lease);
    }
  return cutHead(log, head);
}

/** How long until `d`'s amount fits, or `undefined` when it fits now (`Infinity`: never). */
export function budgetWait(state: LimiterState, d: BudgetDimension, now: number): number | undefined {
  const log = budgetLogOf(state, d, now);
  let used = log.total;
  if (used + d.amount <= d.limit) return undefined;
  const entries = log.entries;
  for (let i = log.head ?? 0; i < entries.length; i++) {
    const [until, amount] = entries[i] as BudgetEntry;
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
  // Entries stay ordered by `until`, which grows with the clock: a time older than the newest (a
  // Redis store's mirror, handed Redis's time and its own) goes in its place.
  const entries = log.entries;
  let i = entries.length;
  while (i > (log.head ?? 0) && (entries[i - 1] as BudgetEntry)[0] > until) i--;
  if (!state.rings) {
    entries.splice(i, 0, [until, d.amount, lease]);
    return;
  }
  let leases = pending.get(log);
  if (!leases) {
    leases = new Map();
    pending.set(log, leases);
  }
  leases.set(lease, [until, d.amount, lease]);
  const before = i > (log.head ?? 0) ? entries[i - 1] : undefined;
  if (before && before[0] === until) before[1] += d.amount;
  else entries.splice(i, 0, [until, d.amount, '']);
}

// The merged entry a pending reservation counts in: the newest with its `until`.
function mergedOf(log: BudgetLog, until: number): BudgetEntry | undefined {
  for (let i = log.entries.length - 1; i >= (log.head ?? 0); i--) {
    const entry = log.entries[i] as BudgetEntry;
    if (entry[0] <= until) return entry[0] === until ? entry : undefined;
  }
  return undefined;
}

// A lease's reservation: kept apart by lease (a log of a state kept in memory only), or its own entry.
function reservationIn(log: BudgetLog, lease: string): BudgetEntry | undefined {
  if (lease === '') return undefined;
  const leases = pending.get(log);
  if (leases) return leases.get(lease);
  for (let i = log.entries.length - 1; i >= (log.head ?? 0); i--) {
    const entry = log.entries[i] as BudgetEntry;
    if (entry[2] === lease) return entry;
  }
  return undefined;
}

/** Replaces a lease's reservation by what it cost (0: released unbilled); false when it holds none. */
export function settleBudget(state: LimiterState, id: string, lease: string, amount: number): boolean {
  const log = state.budgets?.[id];
  const reservation = log && reservationIn(log, lease);
  if (!log || !reservation) return false;
  const [until, reserved] = reservation;
  const leases = pending.get(log);
  // Kept apart, it counts in the merged entry of its until; otherwise it is that entry.
  const entry = leases ? mergedOf(log, until) : reservation;
  if (!entry) return false;
  const cost = Math.max(0, amount);
  leases?.delete(lease);
  log.total += cost - reserved;
  log.reserved -= reserved;
  entry[1] += cost - reserved;
  entry[2] = ''; // settled
  return true;
}

/** A lease's reservation in budget `id`: until when it counts and how much, if it holds one. */
export function reservationOf(
  state: LimiterState,
  id: string,
  lease: string,
): [until: number, amount: number] | undefined {
  const log = state.budgets?.[id];
  const reservation = log && reservationIn(log, lease);
  return reservation && [reservation[0], reservation[1]];
}

/** What a budget's log holds per `until` still counting: [until, amount, of which still reserved]. */
export function budgetMembers(log: BudgetLog): [until: number, amount: number, reserved: number][] {
  const members = new Map<number, [number, number, number]>();
  for (let i = log.head ?? 0; i < log.entries.length; i++) {
    const [until, amount, lease] = log.entries[i] as BudgetEntry;
    const member = members.get(until) ?? [until, 0, 0];
    member[1] += amount;
    if (lease !== '') member[2] += amount;
    members.set(until, member);
  }
  // A log of a state kept in memory only merges its entries, and keeps reservations apart.
  for (const [until, amount] of pending.get(log)?.values() ?? []) {
    const member = members.get(until);
    if (member) member[2] += amount;
  }
  return [...members.values()];
}

/** What a budget holds now: spent and reserved together as `used`, `reserved` apart. */
export function budgetHolding(state: LimiterState, d: BudgetDimension, now: number): DimensionUsage {
  const log = budgetLogOf(state, d, now);
  const first = log.entries[log.head ?? 0]?.[0];
  return {
    used: log.total,
    limit: d.limit,
    freesAt: first,
    reserved: log.reserved,
    ...(d.period ? { resetsAt: periodEnd(d.period, now) } : {}),
  };
}
