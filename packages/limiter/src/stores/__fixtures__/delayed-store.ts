import type { LimiterStore } from '../store.js';

/** `store`, answering every call `ms` later (on the timers the test controls), counting its decisions. */
export function delayedStore(store: LimiterStore, ms: number): LimiterStore & { decisions: number } {
  const later = <T>(work: () => Promise<T>) =>
    new Promise<void>((resolve) => setTimeout(resolve, ms)).then(work);
  const delayed: LimiterStore & { decisions: number } = {
    decisions: 0,
    now: () => store.now(),
    acquire: (key, dims, lease) => {
      delayed.decisions++;
      return later(() => store.acquire(key, dims, lease));
    },
    settle: (key, dimension, lease, amount, admittedAt) =>
      later(() => store.settle(key, dimension, lease, amount, admittedAt)),
    release: (key, lease, dims) => later(() => store.release(key, lease, dims)),
    renew: (key, lease, dims, renewMs) => later(() => store.renew(key, lease, dims, renewMs)),
    pause: (key, ids, pauseMs) => later(() => store.pause(key, ids, pauseMs)),
    align: (key, d, used, freesInMs) => later(() => store.align(key, d, used, freesInMs)),
    read: (key, dims) => later(() => store.read(key, dims)),
  };
  return delayed;
}
