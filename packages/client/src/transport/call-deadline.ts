import { TimeoutError } from '../errors/timeout-error.js';
import { raceAbort } from '../util/race-abort.js';
import { keepBodyDeadline } from './body-deadline.js';

/** The deadline of one whole call: retries, waits, the answer's body and every event of a stream. */
export interface CallDeadline {
  /** Aborts when the deadline passes or the caller's signal aborts; `undefined` without either. */
  readonly signal: AbortSignal | undefined;
  /** Settles like `promise`, or fails with `signal`'s reason (`TimeoutError`, `phase: 'total'`, at the deadline). */
  race<T>(promise: Promise<T>): Promise<T>;
  /** The response, with its body under the deadline too (`keepBodyDeadline`); the timer stops once the body is done. */
  cover(response: Response): Response;
  /** Stops the timer and lets go of the caller's signal (the call is over, or has its body in memory). */
  clear(): void;
}

/**
 * Starts the deadline of a call that may take `ms` in all (0 for none), following the caller's
 * `signal` too: one controller with one listener, lighter than `AbortSignal.any` on every call.
 */
export function callDeadline(ms: number, what: string, signal?: AbortSignal): CallDeadline {
  if (!(ms > 0)) {
    return {
      signal,
      race: (promise) => raceAbort(promise, signal),
      cover: (response) => response,
      clear() {},
    };
  }
  const controller = new AbortController();
  const follow = () => controller.abort(signal?.reason);
  if (signal?.aborted) follow();
  else signal?.addEventListener('abort', follow, { once: true });
  const timer = setTimeout(
    () =>
      controller.abort(
        new TimeoutError(`${what} did not finish within totalTimeout (${ms} ms).`, { phase: 'total' }),
      ),
    ms,
  );
  // A body nobody reads must not keep a Node process alive until the deadline.
  (timer as { unref?: () => void }).unref?.();
  const clear = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', follow);
  };
  return {
    signal: controller.signal,
    race: (promise) => raceAbort(promise, controller.signal),
    cover: (response) => keepBodyDeadline(response, { signal: controller.signal, done: clear }),
    clear,
  };
}
