import { RingAdmissions } from '../state/admit-rings.js';
import { alignDimension } from '../state/align.js';
import { decide, releaseLease, renewLease, settleEntry, usage } from '../state/decide.js';
import type { Dimension } from '../state/dimension.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';
import { MovedShares } from './moved-shares.js';
import type { LimiterStore } from './store.js';

/** Options of `memoryStore`. */
export interface MemoryStoreOptions {
  /** The clock, epoch ms; monotonic wall time (immune to clock steps) when absent. */
  now?: () => number;
}

// Monotonic wall time: the process's start, read once, plus the time since. `performance` is
// taken once too: in Node the global is a getter, a cost on every decision.
const monotonic = () => {
  const clock = performance;
  const origin = clock.timeOrigin;
  return () => origin + clock.now();
};

/** Keeps limiter state in this process: the default store. Its answers are ready at once. */
export function memoryStore(options: MemoryStoreOptions = {}): LimiterStore {
  const now = options.now ?? monotonic();
  type State = LimiterState & { moved: MovedShares; admissions: RingAdmissions };
  const states = new Map<string, State>();
  // The last key's state, at hand: a limiter asks for one key again and again.
  let lastKey: string | undefined;
  let last: State | undefined;
  const stateOf = (key: string): State => {
    if (key === lastKey && last) return last;
    let state = states.get(key);
    if (!state) {
      // Kept in this process only: its sliding logs can live in columns.
      state = { ...emptyState(), rings: true, moved: new MovedShares(), admissions: new RingAdmissions() };
      states.set(key, state);
    }
    lastKey = key;
    last = state;
    return state;
  };
  const peek: NonNullable<LimiterStore['peek']> = (key, dims) => {
    const state = stateOf(key);
    const at = now();
    return Object.fromEntries(dims.map((d) => [d.id, usage(state, d, at)]));
  };
  const admitNow: NonNullable<LimiterStore['admitNow']> = (key, dims) => {
    const state = stateOf(key);
    return state.admissions.admit(state, dims, now);
  };
  const acquireNow: NonNullable<LimiterStore['acquireNow']> = (key, dims, lease) => {
    const state = stateOf(key);
    const admitted = state.admissions.admit(state, dims, now);
    if (admitted !== undefined) return { ok: true, at: admitted };
    const at = now();
    const decision = decide(state, dims, lease, at);
    return decision.ok ? { ok: true, at } : decision;
  };
  const write = (key: string, dimension: Dimension, lease: string, amount: number, admittedAt?: number) => {
    const state = stateOf(key);
    if (dimension.kind !== 'window' || admittedAt === undefined) settleEntry(state, dimension, lease, amount);
    else state.moved.settle(state, dimension, lease, amount, admittedAt, now());
  };
  const settle: LimiterStore['settle'] = async (key, dimension, lease, amount, admittedAt) =>
    write(key, dimension, lease, amount, admittedAt);
  const release: LimiterStore['release'] = async (key, lease) => releaseLease(stateOf(key), lease);
  // A lease's writes, done at once, unless `settle` or `release` was replaced on this store.
  const settleNow: NonNullable<LimiterStore['settleNow']> = (key, dimension, lease, amount, admittedAt) => {
    if (store.settle !== settle) return false;
    write(key, dimension, lease, amount, admittedAt);
    return true;
  };
  const releaseNow: NonNullable<LimiterStore['releaseNow']> = (key, lease) => {
    if (store.release !== release) return false;
    releaseLease(stateOf(key), lease);
    return true;
  };
  const store: LimiterStore = {
    now,
    acquire: async (key, dims, lease) => acquireNow(key, dims, lease),
    settle,
    release,
    async renew(key, lease, _dims, ms) {
      renewLease(stateOf(key), lease, now() + ms);
    },
    async restamp(key, lease, dims, admittedAt) {
      const state = stateOf(key);
      state.moved.restamp(state, dims, lease, admittedAt, now());
    },
    async pause(key, dimensions, ms) {
      const state = stateOf(key);
      for (const id of dimensions) state.paused[id] = Math.max(state.paused[id] ?? 0, now() + ms);
      state.admissions.epoch += 1;
    },
    async align(key, dimension, used, freesInMs) {
      const state = stateOf(key);
      const at = now();
      alignDimension(state, dimension, used, freesInMs, at);
      state.moved.aligned(dimension.id, at);
      state.admissions.epoch += 1; // its log was replaced
    },
    async read(key, dims) {
      return peek(key, dims);
    },
    peek,
  };
  // Not enumerable: a wrapper that spreads this store and replaces `acquire` decides through its own.
  return Object.defineProperties(store, {
    acquireNow: { value: acquireNow, enumerable: false },
    admitNow: { value: admitNow, enumerable: false },
    settleNow: { value: settleNow, enumerable: false },
    releaseNow: { value: releaseNow, enumerable: false },
  });
}
