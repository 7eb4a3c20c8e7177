import type { Dimension } from '../state/dimension.js';

/**
 * One settle as the script takes it: what a lease really cost, or that it ended. A window's bucket
 * entry takes `delta`, or gives `back` what a claim ahead left of it; a budget's member replaces
 * `reserved` by `cost`; a CONN limit's member (the lease itself) leaves at `release`.
 */
export type Settle = { member: string } & (
  | { delta: number }
  | { back: number }
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
  /** Sends the batch, once: at the end of its turn, or sooner when flushed. */
  send(): Promise<void>;
  sent: Promise<void>;
}

// Two settles of one member are one: what they take from it, and what they reserved and cost, add
// up (a lease released twice leaves once).
function merge(into: Settling, settle: Settle): void {
  if ('delta' in into && 'delta' in settle) into.delta += settle.delta;
  else if ('back' in into && 'back' in settle) into.back += settle.back;
  else if ('reserved' in into && 'reserved' in settle) {
    into.reserved += settle.reserved;
    into.cost += settle.cost;
  }
}

/**
 * Gathers the settles and releases of each key asked within one turn into one script call
 * (`send`): they come in bursts, as the calls one pass admitted end together, and those of one member
 * (a bucket of a window, or a budget's until, of this process) merge into one. Each settle answers
 * when its call has; `flush` sends what is gathered at once (before the store closes).
 */
export function settleBatches(
  send: (key: string, dims: readonly Dimension[], settles: readonly Settling[]) => Promise<void>,
) {
  const gathering = new Map<string, Batch>();
  const batchOf = (key: string): Batch => {
    const known = gathering.get(key);
    if (known) return known;
    let sending: Promise<void> | undefined;
    const batch: Batch = {
      dims: [],
      settles: [],
      byMember: new Map(),
      send: () => {
        if (!sending) {
          gathering.delete(key);
          sending = send(key, batch.dims, batch.settles);
        }
        return sending;
      },
      sent: Promise.resolve(),
    };
    batch.sent = batch.sent.then(batch.send);
    gathering.set(key, batch);
    return batch;
  };
  return {
    settle(key: string, d: Dimension, settle: Settle): Promise<void> {
      const batch = batchOf(key);
      let i = batch.dims.findIndex((known) => known.id === d.id) + 1;
      if (i === 0) i = batch.dims.push(d);
      const id = `${i}|${'back' in settle ? 'back|' : ''}${settle.member}`;
      const known = batch.byMember.get(id);
      if (known) merge(known, settle);
      else {
        const settling = { ...settle, i };
        batch.byMember.set(id, settling);
        batch.settles.push(settling);
      }
      return batch.sent;
    },
    flush(): void {
      for (const batch of [...gathering.values()]) void batch.send();
    },
  };
}
