/**
 * An exact sliding log: what was added in the last `windowMs` milliseconds. An entry added at `t`
 * counts until `t + windowMs`, so "at most L in any window W" is checked exactly.
 */
export class SlidingWindow {
  readonly windowMs: number;
  private times: number[] = [];
  private amounts: number[] = [];
  private head = 0;
  private total = 0;

  constructor(windowMs: number) {
    this.windowMs = windowMs;
  }

  private prune(now: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - this.windowMs) {
      this.total -= this.amounts[this.head] as number;
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.amounts = this.amounts.slice(this.head);
      this.head = 0;
    }
  }

  /** The sum of the window at `now`. */
  sum(now: number): number {
    this.prune(now);
    return this.total;
  }

  add(now: number, amount: number): void {
    this.prune(now);
    this.times.push(now);
    this.amounts.push(amount);
    this.total += amount;
  }

  /** When the oldest entry still in the window leaves it; `now` when the window is empty. */
  nextRelease(now: number): number {
    this.prune(now);
    const oldest = this.times[this.head];
    return oldest === undefined ? now : oldest + this.windowMs;
  }

  /** When the earliest entry still in the window was added; `undefined` when empty. */
  oldest(now: number): number | undefined {
    this.prune(now);
    return this.times[this.head];
  }
}
