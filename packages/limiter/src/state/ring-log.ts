import type { Entry } from './limiter-state.js';

/**
 * A sliding log kept in columns — times and amounts in typed arrays — with one entry per instant:
 * whatever is recorded at one time merges into that time's entry, so a log holds at most one entry
 * per millisecond (or bucket) of its window, however many decisions a second it takes, and an
 * entry costs no object of its own. Entries enter at the tail and leave at the head; the columns
 * grow by doubling, or slide down once half is free: O(1) amortised either way. A lease's share is
 * found by its time (`adjust`, `take`), not by its name. Only local stores keep one (it serialises
 * as a plain log).
 */
export class RingLog {
  /** What the live entries add up to. */
  total = 0;
  #times = new Float64Array(64);
  #amounts = new Float64Array(64);
  #head = 0;
  #tail = 0;

  /** From a plain log's live entries (entries of one time merge). */
  static of(entries: readonly Entry[], total: number): RingLog {
    const log = new RingLog();
    for (const [time, amount] of entries) log.insert(time, amount);
    log.total = total;
    return log;
  }

  get size(): number {
    return this.#tail - this.#head;
  }

  /** When the oldest live entry was added, if any. */
  first(): number | undefined {
    return this.#head < this.#tail ? this.#times[this.#head] : undefined;
  }

  /** Drops every entry added at or before `until`. */
  dropUntil(until: number): void {
    const times = this.#times;
    let head = this.#head;
    while (head < this.#tail && (times[head] as number) <= until) {
      this.total -= this.#amounts[head] as number;
      head += 1;
    }
    this.#head = head;
  }

  /** The time of the entry whose leaving brings the total to `target` or below, if any. */
  timeWhenAtMost(target: number): number | undefined {
    let used = this.total;
    for (let i = this.#head; i < this.#tail; i++) {
      used -= this.#amounts[i] as number;
      if (used <= target) return this.#times[i];
    }
    return undefined;
  }

  /** Adds `amount` at `time`, no earlier than the newest entry: into it when it has the same time. */
  add(time: number, amount: number): void {
    this.total += amount;
    const last = this.#tail - 1;
    if (last >= this.#head && this.#times[last] === time) {
      this.#amounts[last] = (this.#amounts[last] as number) + amount;
      return;
    }
    if (this.#tail === this.#times.length) this.#makeRoom();
    this.#times[this.#tail] = time;
    this.#amounts[this.#tail] = amount;
    this.#tail += 1;
  }

  /** Changes the entry stamped `time` by `delta` (never below 0); false when it has left or never was. */
  adjust(time: number, delta: number): boolean {
    const i = this.#find(time);
    if (i < 0) return false;
    const amount = Math.max(0, (this.#amounts[i] as number) + delta);
    this.total += amount - (this.#amounts[i] as number);
    this.#amounts[i] = amount;
    return true;
  }

  /** Takes up to `amount` from the entry stamped `time`; returns what it took. */
  take(time: number, amount: number): number {
    const i = this.#find(time);
    if (i < 0) return 0;
    const taken = Math.min(this.#amounts[i] as number, amount);
    this.#amounts[i] = (this.#amounts[i] as number) - taken;
    this.total -= taken;
    return taken;
  }

  /** Adds like `add`, but keeps time order when `time` is older than the newest entry. */
  insert(time: number, amount: number): void {
    let i = this.#tail;
    while (i > this.#head && (this.#times[i - 1] as number) > time) i--;
    if (i === this.#tail) {
      this.add(time, amount);
      return;
    }
    this.total += amount;
    if (i > this.#head && this.#times[i - 1] === time) {
      this.#amounts[i - 1] = (this.#amounts[i - 1] as number) + amount;
      return;
    }
    if (this.#tail === this.#times.length) {
      const offset = this.#head;
      this.#makeRoom();
      i -= offset;
    }
    this.#times.copyWithin(i + 1, i, this.#tail);
    this.#amounts.copyWithin(i + 1, i, this.#tail);
    this.#times[i] = time;
    this.#amounts[i] = amount;
    this.#tail += 1;
  }

  /** The live entries, oldest first. */
  get entries(): Entry[] {
    const entries: Entry[] = [];
    for (let i = this.#head; i < this.#tail; i++)
      entries.push([this.#times[i] as number, this.#amounts[i] as number, '']);
    return entries;
  }

  toJSON(): { entries: Entry[]; total: number } {
    return { entries: this.entries, total: this.total };
  }

  // The index of the entry stamped `time`, or -1: a binary search, as times only grow.
  #find(time: number): number {
    let low = this.#head;
    let high = this.#tail - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.#times[mid] as number;
      if (at === time) return mid;
      if (at < time) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  // Slides the live entries down when at least half the room is free, else doubles the room.
  #makeRoom(): void {
    const live = this.size;
    if (this.#head * 2 >= this.#times.length) {
      this.#times.copyWithin(0, this.#head, this.#tail);
      this.#amounts.copyWithin(0, this.#head, this.#tail);
    } else {
      const room = this.#times.length * 2;
      const times = new Float64Array(room);
      const amounts = new Float64Array(room);
      times.set(this.#times.subarray(this.#head, this.#tail));
      amounts.set(this.#amounts.subarray(this.#head, this.#tail));
      this.#times = times;
      this.#amounts = amounts;
    }
    this.#head = 0;
    this.#tail = live;
  }
}
