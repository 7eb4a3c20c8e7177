import { wrongArgument } from '../errors/check-argument.js';

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason when it aborts. The abort listener
 * is removed as soon as the wait ends either way, so a long-lived signal (a stream sleeping once
 * per chunk, a job polled for minutes) gathers none. Rejects with `InvalidUsageError` for an `ms`
 * that is not a finite number ≥ 0 or a `signal` that is not an `AbortSignal`.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      wrongArgument('ms', ms, 'use a finite number of milliseconds ≥ 0');
    if (signal != null && typeof signal.addEventListener !== 'function')
      wrongArgument('signal', signal, 'pass an AbortSignal or leave it out');
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
