import type { Lease, Limiter } from '../create-limiter.js';

/**
 * How long after its grant a request can still be on its way to MiniMax, as far as restamps go:
 * connection set-up on a cold process took 0.7–1.8 s in our runs. Past it, what holds the headers
 * back is the server's work on a request it has already counted (a 30 s song, a long completion).
 */
export const arrivalBoundMs = 2000;

/**
 * Restamps a lease's RPM and TPM entries (`store.restamp`) to when MiniMax has counted its request
 * at the latest: when the answer's headers arrive, or `arrivalBoundMs` after the grant if they are
 * later. So a slot frees a window after the request's arrival, not after its grant, and a long call
 * keeps no slot longer than that. Returns what to call once the headers arrived (or the fetch failed).
 */
export function restampOnArrival(limiter: Limiter, lease: Lease): () => Promise<void> {
  let restamped: Promise<void> | undefined;
  const restamp = () => {
    restamped ??= Promise.resolve(
      limiter.store.restamp?.(limiter.key, lease.id, limiter.dimensionsOf(lease.demand), lease.admittedAt),
    ).catch(() => {}); // a store that cannot restamp leaves the grant's time, and the guard
    return restamped;
  };
  const timer = setTimeout(restamp, Math.max(0, lease.admittedAt + arrivalBoundMs - limiter.store.now()));
  (timer as { unref?: () => void }).unref?.(); // never keeps Node alive
  return () => {
    clearTimeout(timer);
    return restamp();
  };
}
