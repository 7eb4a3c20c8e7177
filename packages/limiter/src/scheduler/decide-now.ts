import type { Decision, Dimension } from '../state/dimension.js';
import type { LimiterStore } from '../stores/store.js';

/** A store's decision made synchronously. */
export type DecideNow = (key: string, dims: readonly Dimension[], lease: string) => Decision;

/**
 * The limiter's one seam between stores: a store whose state is at hand (memory) decides through
 * `acquireNow`, synchronously, so an admission costs no promise and no turn of the event loop;
 * for any other store this is `undefined` and the limiter awaits `acquire`. Only the store's own,
 * as `admitNow` below: a store built on a memory store that decides its own way is not bypassed.
 */
export function decideNow(store: LimiterStore): DecideNow | undefined {
  return Object.hasOwn(store, 'acquireNow') ? store.acquireNow?.bind(store) : undefined;
}

/**
 * A store's `admitNow`, an admission without a lease id: only the store's own, so that a store
 * built on another (`Object.create(memoryStore())`) that decides its own way is not bypassed.
 */
export function admitNow(
  store: LimiterStore,
): ((key: string, dims: readonly Dimension[]) => number | undefined) | undefined {
  return Object.hasOwn(store, 'admitNow') ? store.admitNow?.bind(store) : undefined;
}

/** A store's synchronous `settle` and `release`, when it offers both as its own (as `admitNow`). */
export type WriteNow = Required<Pick<LimiterStore, 'settleNow' | 'releaseNow'>>;

export function writeNow(store: LimiterStore): WriteNow | undefined {
  const { settleNow, releaseNow } = store;
  if (!Object.hasOwn(store, 'settleNow') || !Object.hasOwn(store, 'releaseNow') || !settleNow || !releaseNow)
    return undefined;
  return { settleNow: settleNow.bind(store), releaseNow: releaseNow.bind(store) };
}
