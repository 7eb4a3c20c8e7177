import { TimeoutError } from '../errors/timeout-error.js';
import { raceAbort } from '../util/race-abort.js';
import { guardBody } from './guard-body.js';

/** The deadline of one whole call: retries, waits, the answer's body and every event of a stream. */
export interface CallDeadline {
  /** Aborts when the deadline passes; `undefined` without one. */
  readonly signal: AbortSignal | undefined;
  /** Settles like `promise`, or fails with `TimeoutError` (`phase: 'total'`) at the deadline. */
  race<T>(promise: Promise<T>): Promise<T>;
  /** The response, with its body under the deadline too; the timer stops once the body is done. */
  cover(response: Response): Response;
  /** Stops the timer (the call failed before it had a body). */
  clear(): void;
}

/** Starts the deadline of a call that may take `ms` in all; 0 for none. */
export function callDeadline(ms: number, what: string): CallDeadline {
  if (!(ms > 0)) {
    return { signal: undefined, race: (promise) => promise, cover: (response) => response, clear() {} };
  }
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new TimeoutError(`${what} did not finish within totalTimeout (${ms} ms).`, { phase: 'total' }),
      ),
    ms,
  );
  // A body nobody reads must not keep a Node process alive until the deadline.
  (timer as { unref?: () => void }).unref?.();
  const clear = () => clearTimeout(timer);
  return {
    signal: controller.signal,
    race: (promise) => raceAbort(promise, controller.signal),
    cover: (response) => guardBody(response, controller.signal, clear),
    clear,
  };
}
