import { alignDimension } from '../state/align.js';
import { decide, releaseLease, renewLease, settleEntry, usage } from '../state/decide.js';
import type { Decision } from '../state/dimension.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';
import { restampLease } from '../state/restamp.js';
import type { LimiterStore } from './store.js';
import { wakeChannel } from './wake-channel.js';

/** Options of `browserStore`. */
export interface BrowserStoreOptions {
  /** Names the lock, the storage keys and the broadcast channel; `minimax-kit-limiter` when absent. */
  name?: string;
  /** Where state persists; `localStorage` when absent. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** What serialises decisions between tabs; `navigator.locks` when absent. */
  locks?: Pick<LockManager, 'request'>;
  /** The clock, epoch ms; `Date.now` (shared by every tab) when absent. */
  now?: () => number;
}

/**
 * Shares limiter state between every tab of an origin: each decision runs under a Web Lock, state
 * persists in `localStorage` (so it survives a reload), and a BroadcastChannel wakes the waiters of
 * other tabs when something frees. The channel is open only while a limiter listens on it: closing
 * the last limiter closes it, so nothing is left open (no open port keeps a Node process alive).
 */
export function browserStore(options: BrowserStoreOptions = {}): LimiterStore {
  const name = options.name ?? 'minimax-kit-limiter';
  const storage = options.storage ?? globalThis.localStorage;
  const locks = options.locks ?? (globalThis.navigator as Navigator | undefined)?.locks;
  const now = options.now ?? Date.now;
  if (!locks || !storage) {
    throw new Error(
      'browserStore needs Web Locks and localStorage (a browser page); use memoryStore() elsewhere.',
    );
  }
  const wakes = wakeChannel(name);
  const storageKey = (key: string) => `${name}:${key}`;
  const load = (key: string): LimiterState => {
    try {
      return { ...emptyState(), ...JSON.parse(storage.getItem(storageKey(key)) ?? '{}') };
    } catch {
      return emptyState();
    }
  };
  // One read-modify-write under the origin-wide lock for this key.
  const change = <T>(key: string, update: (state: LimiterState, now: number) => T): Promise<T> =>
    locks.request(storageKey(key), () => {
      const state = load(key);
      const result = update(state, now());
      storage.setItem(storageKey(key), JSON.stringify(state));
      wakes.post(key);
      return result;
    }) as Promise<T>;
  const peek: NonNullable<LimiterStore['peek']> = (key, dims) => {
    const state = load(key);
    const at = now();
    return Object.fromEntries(dims.map((d) => [d.id, usage(state, d, at)]));
  };
  return {
    now,
    acquire: (key, dims, lease) =>
      change(key, (state, at): Decision => {
        const decision = decide(state, dims, lease, at);
        return decision.ok ? { ok: true, at } : decision;
      }),
    settle: (key, dimension, lease, amount) =>
      change(key, (state) => void settleEntry(state, dimension.id, lease, amount)),
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
    read: async (key, dims) => peek(key, dims),
    peek,
    subscribe: (key, listener) => wakes.listen(key, listener),
  };
}
