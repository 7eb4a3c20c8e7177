import type { Dimension } from '../state/dimension.js';

/**
 * One settle as the script takes it: what a lease really cost, or that it ended. A window's bucket
 * entry takes `delta`; a budget's member replaces `reserved` by `cost`; a CONN limit's member (the
 * lease itself) leaves at `release`.
 */
export type Settle = { member: string } & (
  | { delta: number }
  | { reserved: number; cost: number }
  | { release: true }
);

/** A settle in a batch: `i` is its dimension's index in the call (1-based, as Lua counts). */
export type Settling = Settle & { i: number };

interface Batch {
  dims: Dimension[];
  settles: Settling[];
  /** Settles by dimension and member: those of one member merge (a day's budget has one per process). */
  byMember: Map<string, Settling>;
  sent: Promise<void>;
}

// Two settles of one member are one: what they take from it, and what they reserved and cost, add
// up (a lease released twice leaves once).
function merge(into: Settling, settle: Settle): void {
  if ('delta' in into && 'delta' in settle) into.delta += settle.delta;
  else if ('reserved' in into && 'reserved' in settle) {
    into.reserved += settle.reserved;
    into.cost += settle.cost;
  }
}

/**
 * Gathers the settles and releases of each key asked within one turn into one script call
 * (`send`): they come in bursts, as the calls one pass admitted end together, and those of one member
 * (a bucket of a window, or a budget's until, of this process) merge into one. Each settle answers
 * when its call has.
 */
export function settleBatches(
  send: (key: string, dims: readonly Dimension[], settles: readonly Settling[]) => Promise<void>,
) {
  const gathering = new Map<string, Batch>();
  return (key: string, d: Dimension, settle: Settle): Promise<void> => {
    let batch = gathering.get(key);
    if (!batch) {
      const fresh: Batch = { dims: [], settles: [], byMember: new Map(), sent: Promise.resolve() };
      fresh.sent = fresh.sent.then(() => {
        gathering.delete(key);
        return send(key, fresh.dims, fresh.settles);
      });
      gathering.set(key, fresh);
      batch = fresh;
    }
    let i = batch.dims.findIndex((known) => known.id === d.id) + 1;
    if (i === 0) i = batch.dims.push(d);
    const id = `${i}|${settle.member}`;
    const known = batch.byMember.get(id);
    if (known) merge(known, settle);
    else {
      const settling = { ...settle, i };
      batch.byMember.set(id, settling);
      batch.settles.push(settling);
    }
    return batch.sent;
  };
}
