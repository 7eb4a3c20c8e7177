import { peakHours } from '@minimax-kit/core';

/**
 * Whether the Token Plan's peak hours are on, on a limiter's clock, worked out again only when
 * they begin or end.
 */
export class PeakClock {
  #now: () => number;
  #peak = false;
  #changesAt = Number.NEGATIVE_INFINITY;

  constructor(now: () => number) {
    this.#now = now;
  }

  get peak(): boolean {
    this.#check();
    return this.#peak;
  }

  /** When peak hours next begin or end, on the same clock. */
  get changesAt(): number {
    this.#check();
    return this.#changesAt;
  }

  #check(): void {
    const now = this.#now();
    if (now < this.#changesAt) return;
    const state = peakHours(now);
    this.#peak = state.peak;
    this.#changesAt = state.changesAt;
  }
}
