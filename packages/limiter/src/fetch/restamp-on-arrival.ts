import type { Lease, Limiter } from '../create-limiter.js';

/**
 * The share of a window after which a request still without headers is restamped anyway: MiniMax
 * has long since counted it (what holds the headers back then is its work on the request: a 30 s
 * song, a long completion), and the entry must move before it would leave the window.
 */
export const lateShare = 0.9;

/**
 * Restamps a lease's RPM and TPM entries (`store.restamp`) to when MiniMax has counted its request
 * at the latest: when the answer's headers arrive. The server counts a request when it arrives,
 * which is never after its headers — however long a cold connection, a held event loop or a busy
 * server delayed it — so a slot frees a window after the arrival, never before. A call whose
 * headers have not come by `lateShare` of its shortest window is restamped then, so that its entry
 * never leaves the window while the call runs. Returns what to call once the headers arrived (or
 * the fetch failed).
 */
export function restampOnArrival(limiter: Limiter, lease: Lease): () => Promise<void> {
  const { store } = limiter;
  const dims = limiter.dimensionsOf(lease.demand);
  let restamped: Promise<void> | undefined;
  const restamp = () => {
    restamped ??= Promise.resolve(store.restamp?.(limiter.key, lease.id, dims, lease.admittedAt)).catch(
      () => {}, // a store that cannot restamp leaves the grant's time, and the guard
    );
    return restamped;
  };
  const windows = dims.flatMap((d) => (d.kind === 'window' ? [d.windowMs] : []));
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (windows.length > 0 && store.restamp) {
    const due = lease.admittedAt + lateShare * Math.min(...windows);
    timer = setTimeout(restamp, Math.max(0, due - store.now()));
    (timer as { unref?: () => void }).unref?.(); // never keeps Node alive
  }
  return () => {
    clearTimeout(timer);
    return restamp();
  };
}
