import { maxTimerMs } from '../config/check-number-option.js';
import type { FetchLike } from '../options.js';
import { raceAbort } from '../util/race-abort.js';
import { guardBody } from './guard-body.js';

/** A request header that sets one call's attempt deadline; the deadline wrapper removes it before sending. */
export const attemptTimeoutHeader = 'x-minimax-kit-attempt-timeout';

/** The reason an attempt is aborted when its deadline passes. */
export const attemptTimedOut = () =>
  new DOMException('No complete answer before the attempt deadline.', 'TimeoutError');

const isStream = (response: Response) =>
  /text\/event-stream/i.test(response.headers.get('content-type') ?? '');

/**
 * A fetch whose attempt fails if the answer is not complete within `ms` of it being called: its
 * headers and — unless it is a stream, which has its own idle deadline — its whole body. Placed
 * inside a limiter's wrapper, the clock starts once the limiter admits the call, so time spent
 * queueing for rate limits never counts as a slow server.
 */
export function withAttemptTimeout(fetch: FetchLike, ms: number): FetchLike {
  return async (input, init) => {
    const request = new Request(input, init);
    const asked = Math.min(Number(request.headers.get(attemptTimeoutHeader) ?? ms), maxTimerMs);
    request.headers.delete(attemptTimeoutHeader);
    if (!(asked > 0)) return fetch(request);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(attemptTimedOut()), asked);
    const stop = () => clearTimeout(timer);
    try {
      const signal = AbortSignal.any([request.signal, deadline.signal]);
      const response = await raceAbort(fetch(new Request(request, { signal })), signal);
      if (isStream(response)) {
        stop();
        return response;
      }
      return guardBody(response, deadline.signal, stop);
    } catch (error) {
      stop();
      throw error;
    }
  };
}
