/** The longest delay `setTimeout` takes as given (2^31 − 1 ms, about 24.8 days); longer fire at once. */
export const maxTimerMs = 2 ** 31 - 1;

/**
 * The limiter's one timer: armed only while someone waits, for the soonest wake-up asked for. It
 * keeps Node alive as a pending `fetch` would — a caller awaits the wait — and is cleared as soon as
 * nobody waits. A wake-up further off than a timer can wait fires at the longest delay instead, and
 * whoever wakes then simply asks again.
 */
export class WakeTimer {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #at = Number.POSITIVE_INFINITY;
  #now: () => number;
  #wake: () => void;

  constructor(now: () => number, wake: () => void) {
    this.#now = now;
    this.#wake = wake;
  }

  /** When it fires, on the store's clock; `Infinity` when it is not armed. */
  get at(): number {
    return this.#at;
  }

  /** Wakes in `ms` unless it already wakes sooner. */
  arm(ms: number): void {
    if (!(ms >= 0)) ms = 0;
    const at = this.#now() + ms;
    if (this.#timer !== undefined && this.#at <= at) return;
    this.clear();
    this.#at = at;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#at = Number.POSITIVE_INFINITY;
        this.#wake();
      },
      Math.min(maxTimerMs, Math.ceil(ms)),
    );
  }

  /** Disarms it. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#at = Number.POSITIVE_INFINITY;
  }
}
