import type { Dimension } from './dimension.js';
import type { Entry, LimiterState, WindowLog } from './limiter-state.js';
import { RingLog } from './ring-log.js';
import { logOf, stampOf } from './window-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;

// A plain log's `take`: from the lease's own entry, or ('') the merged entry stamped `time`.
function take(log: WindowLog, time: number, lease: string, amount: number): number {
  const entries = log.entries;
  for (let i = entries.length - 1; i >= (log.head ?? 0); i--) {
    const entry = entries[i] as Entry;
    if (lease === '' && entry[0] < time) break;
    if (entry[2] !== lease || (lease === '' && entry[0] !== time)) continue;
    const taken = Math.min(entry[1], amount);
    entry[1] -= taken;
    log.total -= taken;
    if (entry[1] === 0) entry[2] = ''; // as in columns: it stays until it leaves, owned by nobody
    return taken;
  }
  return 0;
}

// A plain log's `insert`: after every entry no later than `time`; unsettled entries of one instant merge.
function insert(log: WindowLog, time: number, amount: number, lease: string): void {
  const entries = log.entries;
  let i = entries.length;
  while (i > (log.head ?? 0) && (entries[i - 1] as Entry)[0] > time) i--;
  log.total += amount;
  const before = i > (log.head ?? 0) ? entries[i - 1] : undefined;
  if (lease === '' && before && before[0] === time && before[2] === '') before[1] += amount;
  else entries.splice(i, 0, [time, amount, lease]);
}

/**
 * Moves what a lease added to each sliding window from when it was admitted (`from`) to `now`, so
 * that it leaves the window no earlier than a window after `now`: a request counts at the server
 * from when it arrives, which may be well after the grant. A plain log's settled windows move the
 * lease's own entry; merged entries (and every entry of a column log) give up the lease's amount
 * (`d.amount`: what it holds now) from the entry of its admission instant (or bucket). What has
 * already left the window, or was never there, stays. Returns how many moved.
 */
export function restampLease(
  state: LimiterState,
  dims: readonly Dimension[],
  lease: string,
  from: number,
  now: number,
): number {
  let moved = 0;
  for (const d of dims) {
    if (d.kind !== 'window' || d.amount <= 0) continue;
    const at = stampOf(d, from);
    const to = stampOf(d, now);
    if (to <= at || !state.logs[d.id]) continue;
    const log = logOf(state, d as Window, now);
    if (log instanceof RingLog) {
      const taken = log.take(at, d.amount);
      if (taken > 0) log.insert(to, taken);
      moved += taken > 0 ? 1 : 0;
      continue;
    }
    const owner = d.settles ? lease : '';
    const taken = take(log, at, owner, d.settles ? Number.POSITIVE_INFINITY : d.amount);
    if (taken === 0) continue;
    insert(log, to, taken, owner);
    moved += 1;
  }
  return moved;
}
