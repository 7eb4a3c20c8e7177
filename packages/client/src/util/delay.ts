/** Options of `delay`. */
export interface DelayOptions {
  /** Ends the wait early: the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason when it aborts. The abort listener
 * is removed as soon as the wait ends either way, so a long-lived signal gathers none.
 */
export function delay(ms: number, { signal }: DelayOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
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
