import { alignDimension } from '../state/align.js';
import { decide, releaseLease, renewLease, settleEntry, usage } from '../state/decide.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';
import type { LimiterStore } from './store.js';

/** Options of `memoryStore`. */
export interface MemoryStoreOptions {
  /** The clock, epoch ms; monotonic wall time (immune to clock steps) when absent. */
  now?: () => number;
}

const monotonic = () => performance.timeOrigin + performance.now();

/** Keeps limiter state in this process: the default store. Every call answers synchronously. */
export function memoryStore(options: MemoryStoreOptions = {}): LimiterStore {
  const now = options.now ?? monotonic;
  const states = new Map<string, LimiterState>();
  const stateOf = (key: string) => {
    let state = states.get(key);
    if (!state) {
      state = emptyState();
      states.set(key, state);
    }
    return state;
  };
  return {
    now,
    acquire(key, dims, lease) {
      const at = now();
      const decision = decide(stateOf(key), dims, lease, at);
      return decision.ok ? { ok: true, at } : decision;
    },
    settle(key, dimension, lease, amount) {
      settleEntry(stateOf(key), dimension.id, lease, amount);
    },
    release(key, lease) {
      releaseLease(stateOf(key), lease);
    },
    renew(key, lease, _dims, ms) {
      renewLease(stateOf(key), lease, now() + ms);
    },
    pause(key, dimensions, ms) {
      const state = stateOf(key);
      for (const id of dimensions) state.paused[id] = Math.max(state.paused[id] ?? 0, now() + ms);
    },
    align(key, dimension, used, freesInMs) {
      alignDimension(stateOf(key), dimension, used, freesInMs, now());
    },
    read(key, dims) {
      const state = stateOf(key);
      const at = now();
      return Object.fromEntries(dims.map((d) => [d.id, usage(state, d, at)]));
    },
  };
}
