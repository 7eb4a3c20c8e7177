import type { Dimension } from '../state/dimension.js';

/**
 * One settle as the script takes it: what a lease really cost. A window's bucket entry takes
 * `delta`; a budget's member replaces `reserved` by `cost`.
 */
export type Settle = { member: string } & ({ delta: number } | { reserved: number; cost: number });

/** A settle in a batch: `i` is its dimension's index in the call (1-based, as Lua counts). */
export type Settling = Settle & { i: number };

interface Batch {
  dims: Dimension[];
  settles: Settling[];
  sent: Promise<void>;
}

/**
 * Gathers the settles of each key asked within one turn into one script call (`send`): releases
 * and settles come in bursts, as the calls one pass admitted end together. Each settle answers
 * when its call has.
 */
export function settleBatches(
  send: (key: string, dims: readonly Dimension[], settles: readonly Settling[]) => Promise<void>,
) {
  const gathering = new Map<string, Batch>();
  return (key: string, d: Dimension, settle: Settle): Promise<void> => {
    let batch = gathering.get(key);
    if (!batch) {
      const fresh: Batch = { dims: [], settles: [], sent: Promise.resolve() };
      fresh.sent = fresh.sent.then(() => {
        gathering.delete(key);
        return send(key, fresh.dims, fresh.settles);
      });
      gathering.set(key, fresh);
      batch = fresh;
    }
    let i = batch.dims.findIndex((known) => known.id === d.id) + 1;
    if (i === 0) i = batch.dims.push(d);
    batch.settles.push({ ...settle, i });
    return batch.sent;
  };
}
