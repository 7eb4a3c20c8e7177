import type { Dimension } from '../../state/dimension.js';
import type { LimiterStore } from '../store.js';

/** What reached the store underneath, in the order it applied it: the oracle's ground truth. */
export type StoreEvent =
  | { op: 'admit'; at: number; lease: string; dims: readonly Dimension[] }
  | { op: 'settle'; at: number; lease: string; amount: number }
  | { op: 'release'; at: number; lease: string };

/** Store faults, drawn in turn: each call waits `delays[i]` ms first and fails when `failures[i]`. */
export interface Chaos {
  delays: readonly number[];
  failures: readonly boolean[];
}

/**
 * `store` behind random delays and failures (a failed call changes nothing, as a refused
 * connection), logging every admission, settle and release it applies.
 */
export function chaosStore(store: LimiterStore, chaos: Chaos): LimiterStore & { events: StoreEvent[] } {
  let call = 0;
  const events: StoreEvent[] = [];
  const faulty = async <T>(work: () => Promise<T>, mayFail: boolean): Promise<T> => {
    const i = call++;
    const ms = chaos.delays[i % Math.max(1, chaos.delays.length)] ?? 0;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    if (mayFail && chaos.failures[i % Math.max(1, chaos.failures.length)])
      throw new Error('the store is unreachable');
    return work();
  };
  // No `peek`: every read goes through the faults too.
  const { peek: _peek, ...rest } = store;
  return {
    ...rest,
    events,
    acquire: (key, dims, lease) =>
      faulty(async () => {
        const decision = await store.acquire(key, dims, lease);
        if (decision.ok) events.push({ op: 'admit', at: store.now(), lease, dims });
        return decision;
      }, true),
    settle: (key, dimension, lease, amount, admittedAt) =>
      faulty(async () => {
        await store.settle(key, dimension, lease, amount, admittedAt);
        events.push({ op: 'settle', at: store.now(), lease, amount });
      }, false),
    release: (key, lease, dims) =>
      faulty(async () => {
        await store.release(key, lease, dims);
        events.push({ op: 'release', at: store.now(), lease });
      }, false),
    read: (key, dims) => faulty(() => store.read(key, dims), false),
  };
}
