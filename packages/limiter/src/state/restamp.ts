import type { Dimension } from './dimension.js';
import type { Entry, LimiterState } from './limiter-state.js';

type Window = Extract<Dimension, { kind: 'window' }>;

const stampOf = (d: Window, time: number) =>
  d.bucketMs > 0 ? Math.floor(time / d.bucketMs) * d.bucketMs : time;

// Keeps a log sorted by time: a moved entry goes after every entry no later than it.
function insert(entries: Entry[], entry: Entry): void {
  let i = entries.length;
  while (i > 0 && (entries[i - 1] as Entry)[0] > entry[0]) i--;
  const before = entries[i - 1];
  // Unsettled entries of one instant are kept merged, as `decide` keeps them.
  if (entry[2] === '' && before && before[0] === entry[0] && before[2] === '') before[1] += entry[1];
  else entries.splice(i, 0, entry);
}

/**
 * Moves what a lease added to each sliding window from when it was admitted (`from`) to `now`, so
 * that it leaves the window no earlier than a window after `now`: a request counts at the server
 * from when it arrives, which may be well after the grant. Settled windows find the lease's own
 * entry; merged ones move the lease's amount out of the entry of its admission instant (or bucket).
 * What has already left the window, or was never there, stays as it is. Returns how many entries
 * it moved.
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
    const entries = state.logs[d.id]?.entries;
    const to = stampOf(d, now);
    if (!entries || to <= stampOf(d, from)) continue;
    const at = stampOf(d, from);
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i] as Entry;
      if (d.settles ? entry[2] !== lease : entry[2] !== '' || entry[0] !== at) continue;
      if (entry[0] >= to) break;
      const amount = d.settles ? entry[1] : Math.min(entry[1], d.amount);
      entry[1] -= amount;
      if (entry[1] === 0) entries.splice(i, 1);
      insert(entries, [to, amount, d.settles ? lease : '']);
      moved += 1;
      break;
    }
  }
  return moved;
}
