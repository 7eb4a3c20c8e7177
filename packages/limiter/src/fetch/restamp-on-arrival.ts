import type { Lease, Limiter } from '../create-limiter.js';

/**
 * How long after its grant a request can still be on its way to MiniMax, as far as restamps go:
 * connection set-up on a cold process took 0.7–1.8 s in our runs. Past it, what holds the headers
 * back is the server's work on a request it has already counted (a 30 s song, a long completion).
 */
export const arrivalBoundMs = 2000;

/**
 * How late the bound's timer may fire before it counts as a busy process. Late means the event
 * loop was held past the bound (a cold process granting a burst of calls in one turn): the request
 * has not left yet, since sending it needs that loop too, so the bound starts again from then.
 */
export const busyLateMs = 100;

/**
 * Restamps a lease's RPM and TPM entries (`store.restamp`) to when MiniMax has counted its request
 * at the latest: when the answer's headers arrive, or `arrivalBoundMs` after the grant if they are
 * later — counted in time the process could send it, so a bound that passed while the event loop
 * was held starts again. A slot thus frees a window after the request's arrival, not after its
 * grant, and a long call keeps no slot longer than that. Returns what to call once the headers
 * arrived (or the fetch failed).
 */
export function restampOnArrival(limiter: Limiter, lease: Lease): () => Promise<void> {
  const { store } = limiter;
  let restamped: Promise<void> | undefined;
  const restamp = () => {
    restamped ??= Promise.resolve(
      store.restamp?.(limiter.key, lease.id, limiter.dimensionsOf(lease.demand), lease.admittedAt),
    ).catch(() => {}); // a store that cannot restamp leaves the grant's time, and the guard
    return restamped;
  };
  let timer: ReturnType<typeof setTimeout>;
  const bound = (due: number) => {
    timer = setTimeout(
      () => {
        const now = store.now();
        if (now - due > busyLateMs) bound(now + arrivalBoundMs);
        else restamp();
      },
      Math.max(0, due - store.now()),
    );
    (timer as { unref?: () => void }).unref?.(); // never keeps Node alive
  };
  bound(lease.admittedAt + arrivalBoundMs);
  return () => {
    clearTimeout(timer);
    return restamp();
  };
}
