import { cutHead } from './cut-head.js';
import type { Dimension } from './dimension.js';
import type { Entry, LimiterState, WindowLog } from './limiter-state.js';
import { RingLog } from './ring-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;

/** How long an entry counts: the window, its guard, and for a bucket, the bucket itself (it stands for everything added up to its end). */
export const reachOf = (d: Window): number => d.windowMs + d.guardMs + Math.max(d.bucketMs, 0);

/** A new log for `state`: in columns when the state is kept in memory only, else plain JSON. */
export function newLog(state: LimiterState, entries: Entry[], total: number): WindowLog | RingLog {
  return state.rings ? RingLog.of(entries, total) : { entries, total };
}

/** The log of `d` with every entry that left the window by `now` dropped: O(1) amortised. */
export function logOf(state: LimiterState, d: Window, now: number): WindowLog | RingLog {
  let log = state.logs[d.id];
  if (!log) {
    log = newLog(state, [], 0);
    state.logs[d.id] = log;
  }
  if (log instanceof RingLog) {
    log.dropUntil(now - reachOf(d));
    return log;
  }
  const entries = log.entries;
  const reach = reachOf(d);
  let head = log.head ?? 0;
  const start = head;
  while (head < entries.length && (entries[head] as Entry)[0] + reach <= now) {
    const entry = entries[head] as Entry;
    log.total -= entry[1];
    // Nobody settles an entry that left: a store reading the log raw must not find it either.
    if (entry[2] !== '') entry[2] = '';
    head += 1;
  }
  if (head === start) return log;
  return cutHead(log, head);
}

/** How long until `d`'s amount fits its window, or `undefined` when it fits now. */
export function windowWait(state: LimiterState, d: Window, now: number): number | undefined {
  const log = logOf(state, d, now);
  let used = log.total;
  if (used + d.amount <= d.limit) return undefined;
  if (log instanceof RingLog) {
    const time = log.timeWhenAtMost(d.limit - d.amount);
    return time === undefined ? Number.POSITIVE_INFINITY : time + reachOf(d) - now;
  }
  const entries = log.entries;
  for (let i = log.head ?? 0; i < entries.length; i++) {
    const [time, amount] = entries[i] as Entry;
    used -= amount;
    if (used + d.amount <= d.limit) return time + reachOf(d) - now;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The time an amount recorded at `now` is stamped with in `d`'s log: its bucket's start, or without
 * buckets the end of its millisecond, so that none leaves the window early (a whole-millisecond
 * clock, as `Date.now`, is unaffected).
 */
export const stampOf = (d: Window, now: number): number =>
  d.bucketMs > 0 ? Math.floor(now / d.bucketMs) * d.bucketMs : Math.ceil(now);

/**
 * Records `d`'s amount for `lease`. A column log merges everything of one stamp (a lease's share
 * is found by its time); in a plain log an entry that is settled later stays the lease's own, and
 * others merge per stamp.
 */
export function recordWindow(state: LimiterState, d: Window, lease: string, now: number): void {
  const log = logOf(state, d, now);
  const time = stampOf(d, now);
  if (log instanceof RingLog) {
    // In order, as with any monotonic clock; a Redis store's mirror may be handed an older time.
    log.insert(time, d.amount);
    return;
  }
  const merge = !d.settles;
  const entries = log.entries;
  log.total += d.amount;
  const last = entries.length > (log.head ?? 0) ? entries[entries.length - 1] : undefined;
  if (merge && last && last[0] === time) last[1] += d.amount;
  else entries.push([time, d.amount, merge ? '' : lease]);
}

/** Where a lease's share of a sliding window sits: when it was recorded (or last moved), and what it holds. */
export interface WindowShare {
  at: number;
  amount: number;
}

/**
 * Sets what a lease's entry in a sliding window really cost (refund or surcharge): in a plain log
 * its own entry, in a column log its `share` of the entry of its time (without one, nothing).
 */
export function settleEntry(
  state: LimiterState,
  d: Window,
  lease: string,
  amount: number,
  share?: WindowShare,
): boolean {
  const log = state.logs[d.id];
  if (!log || lease === '') return false;
  const settled = Math.max(0, amount);
  if (log instanceof RingLog)
    return share !== undefined && log.adjust(stampOf(d, share.at), settled - share.amount);
  const entries = log.entries;
  // Recent leases are at the end of the log: search backwards, never into what left.
  for (let i = entries.length - 1; i >= (log.head ?? 0); i--) {
    const entry = entries[i] as Entry;
    if (entry[2] !== lease) continue;
    log.total += settled - entry[1];
    entry[1] = settled;
    return true;
  }
  return false;
}

/** What a window holds now, and when its oldest entry leaves. */
export function windowHolding(state: LimiterState, d: Window, now: number) {
  const log = logOf(state, d, now);
  const first = log instanceof RingLog ? log.first() : log.entries[log.head ?? 0]?.[0];
  return { used: log.total, limit: d.limit, freesAt: first === undefined ? undefined : first + reachOf(d) };
}
