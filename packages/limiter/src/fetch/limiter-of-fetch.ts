import type { Limiter } from '../limiter.js';

// Symbol.for, not a module symbol: two installed copies of this package still recognise each
// other's fetches (a library that bundles its own limiter beside the application's).
const limitedBy = Symbol.for('@minimax-kit/limiter.limitFetch');

/** Marks a fetch `limitFetch` made with the limiter it keeps to. */
export function markLimited<F extends object>(fetch: F, limiter: Limiter): F {
  Object.defineProperty(fetch, limitedBy, { value: limiter });
  return fetch;
}

/**
 * The limiter a fetch made by `limitFetch` (or `limiter.wrap`) keeps to; `undefined` for any other
 * fetch. Lets a second layer of limiting (an AI SDK middleware) see that a call is already limited,
 * instead of counting it twice.
 */
export function limiterOfFetch(fetch: unknown): Limiter | undefined {
  if ((typeof fetch !== 'function' && typeof fetch !== 'object') || fetch === null) return undefined;
  return (fetch as { [limitedBy]?: Limiter })[limitedBy];
}
