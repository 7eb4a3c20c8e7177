import { alignDimension } from '../state/align.js';
import { decide, releaseLease, renewLease, settleEntry, usage } from '../state/decide.js';
import type { Decision } from '../state/dimension.js';
import type { LimiterState } from '../state/limiter-state.js';
import { restampLease } from '../state/restamp.js';
import { indexedStates } from './indexed-states.js';
import type { LimiterStore } from './store.js';
import { wakeChannel } from './wake-channel.js';

/** Options of `browserStore`. */
export interface BrowserStoreOptions {
  /** Names the IndexedDB database and the broadcast channel; `minimax-kit-limiter` when absent. */
  name?: string;
  /** Where state persists; the page's `indexedDB` when absent. */
  indexedDB?: IDBFactory;
  /** The clock, epoch ms; `Date.now` (shared by every tab) when absent. */
  now?: () => number;
}

/**
 * Shares limiter state between every tab of an origin: each decision is one IndexedDB read-write
 * transaction (the browser runs them one at a time across tabs), state persists there (so it
 * survives a reload), and a BroadcastChannel wakes the waiters of other tabs once a change is
 * committed. The channel is open only while a limiter listens on it: closing the last limiter
 * closes it, so nothing is left open (no open port keeps a Node process alive).
 */
export function browserStore(options: BrowserStoreOptions = {}): LimiterStore {
  const name = options.name ?? 'minimax-kit-limiter';
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const now = options.now ?? Date.now;
  if (!factory) {
    throw new Error('browserStore needs IndexedDB (a browser page); use memoryStore() elsewhere.');
  }
  const states = indexedStates(factory, name);
  const wakes = wakeChannel(name);
  const change = async <T>(key: string, update: (state: LimiterState, now: number) => T): Promise<T> => {
    const result = await states.change(key, (state) => update(state, now()));
    wakes.post(key);
    return result;
  };
  return {
    now,
    acquire: (key, dims, lease) =>
      change(key, (state, at): Decision => {
        const decision = decide(state, dims, lease, at);
        return decision.ok ? { ok: true, at } : decision;
      }),
    settle: (key, dimension, lease, amount) =>
      change(key, (state) => void settleEntry(state, dimension, lease, amount)),
    release: (key, lease) => change(key, (state) => releaseLease(state, lease)),
    renew: (key, lease, _dims, ms) => change(key, (state, at) => renewLease(state, lease, at + ms)),
    restamp: (key, lease, dims, admittedAt) =>
      change(key, (state, at) => void restampLease(state, dims, lease, admittedAt, at)),
    pause: (key, dimensions, ms) =>
      change(key, (state, at) => {
        for (const id of dimensions) state.paused[id] = Math.max(state.paused[id] ?? 0, at + ms);
      }),
    align: (key, dimension, used, freesInMs) =>
      change(key, (state, at) => alignDimension(state, dimension, used, freesInMs, at)),
    async read(key, dims) {
      const state = await states.read(key);
      const at = now();
      return Object.fromEntries(dims.map((d) => [d.id, usage(state, d, at)]));
    },
    subscribe: (key, listener) => wakes.listen(key, listener),
  };
}
