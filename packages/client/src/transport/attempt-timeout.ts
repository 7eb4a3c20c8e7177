import { maxTimerMs } from '../config/check-number-option.js';
import type { FetchLike } from '../options.js';
import { raceAbort } from '../util/race-abort.js';
import { keepBodyDeadline } from './body-deadline.js';

/** A request header that sets one call's attempt deadline; the deadline wrapper removes it before sending. */
export const attemptTimeoutHeader = 'x-minimax-kit-attempt-timeout';

/** The reason an attempt is aborted when its deadline passes. */
export const attemptTimedOut = () =>
  new DOMException('No complete answer before the attempt deadline.', 'TimeoutError');

const isStream = (response: Response) =>
  /text\/event-stream/i.test(response.headers.get('content-type') ?? '');

// The attempt deadline a call asked for (its header, removed here), else `ms`. A Request is
// changed in place rather than copied: a copied Request pipes its body through one more stream.
function takeAskedTimeout(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  ms: number,
): { asked: number; init: RequestInit | undefined } {
  const given = init?.headers;
  if (given === undefined) {
    if (!(input instanceof Request)) return { asked: ms, init };
    const asked = input.headers.get(attemptTimeoutHeader);
    if (asked !== null) input.headers.delete(attemptTimeoutHeader);
    return { asked: asked === null ? ms : Number(asked), init };
  }
  // The transport's own headers: a record with lower-case names.
  if (!(given instanceof Headers) && !Array.isArray(given)) {
    const asked = given[attemptTimeoutHeader];
    if (asked === undefined) return { asked: ms, init };
    const { [attemptTimeoutHeader]: _, ...headers } = given;
    return { asked: Number(asked), init: { ...init, headers } };
  }
  const headers = new Headers(given);
  const asked = headers.get(attemptTimeoutHeader);
  if (asked === null) return { asked: ms, init };
  headers.delete(attemptTimeoutHeader);
  return { asked: Number(asked), init: { ...init, headers } };
}

/**
 * A fetch whose attempt fails if the answer is not complete within `ms` of it being called: its
 * headers and — unless it is a stream, which has its own idle deadline — its whole body. Placed
 * inside a limiter's wrapper, the clock starts once the limiter admits the call, so time spent
 * queueing for rate limits never counts as a slow server.
 */
export function withAttemptTimeout(fetch: FetchLike, ms: number): FetchLike {
  return async (input, givenInit) => {
    const { asked, init } = takeAskedTimeout(input, givenInit, ms);
    const limit = Math.min(asked, maxTimerMs);
    if (!(limit > 0)) return fetch(input, init);
    // One controller that follows the caller's signal: lighter than AbortSignal.any, and its
    // listener goes when the attempt ends.
    const parent = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const deadline = new AbortController();
    const follow = () => deadline.abort(parent?.reason);
    if (parent?.aborted) follow();
    else parent?.addEventListener('abort', follow, { once: true });
    const stop = () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', follow);
    };
    const timer = setTimeout(() => {
      stop();
      deadline.abort(attemptTimedOut());
    }, limit);
    try {
      const { signal } = deadline;
      const response = await raceAbort(fetch(input, { ...init, signal }), signal);
      if (isStream(response)) {
        stop();
        return response;
      }
      // A body its reader never reports on must not keep a Node process alive until the deadline.
      (timer as { unref?: () => void }).unref?.();
      return keepBodyDeadline(response, { signal, done: stop });
    } catch (error) {
      stop();
      throw error;
    }
  };
}
