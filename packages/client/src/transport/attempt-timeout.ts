import type { FetchLike } from '../options.js';

/** A request header that sets one call's attempt deadline; the deadline wrapper removes it before sending. */
export const attemptTimeoutHeader = 'x-minimax-kit-attempt-timeout';

/** The reason an attempt is aborted when its deadline passes. */
export const attemptTimedOut = () =>
  new DOMException('No response headers before the attempt deadline.', 'TimeoutError');

/**
 * A fetch whose attempt fails if no response headers arrive within `ms` of it being called. Placed
 * inside a limiter's wrapper, the clock starts once the limiter admits the call, so time spent
 * queueing for rate limits never counts as a slow server.
 */
export function withAttemptTimeout(fetch: FetchLike, ms: number): FetchLike {
  return async (input, init) => {
    const request = new Request(input, init);
    const asked = Number(request.headers.get(attemptTimeoutHeader) ?? ms);
    request.headers.delete(attemptTimeoutHeader);
    if (!(asked > 0 && Number.isFinite(asked))) return fetch(request);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(attemptTimedOut()), asked);
    try {
      return await fetch(
        new Request(request, { signal: AbortSignal.any([request.signal, deadline.signal]) }),
      );
    } finally {
      clearTimeout(timer);
    }
  };
}
