/**
 * Waits `ms` milliseconds, or rejects with the signal's reason when it aborts. The abort listener
 * is removed as soon as the wait ends either way, so a long-lived signal (a stream sleeping once
 * per chunk, a job polled for minutes) gathers none.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
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
