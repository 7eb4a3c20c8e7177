import type { Entry } from './limiter-state.js';

/**
 * A sliding log kept in columns — times and amounts in typed arrays, lease ids beside them — so an
 * entry costs no object of its own (at a few hundred thousand decisions a second a minute's window
 * holds millions, and objects per entry are what the garbage collector pays for). Entries enter at
 * the tail and leave at the head; the columns grow by doubling, or slide down once half is free:
 * O(1) amortised either way. Only local stores keep one (it serialises as a plain log).
 */
export class RingLog {
  /** What the live entries add up to. */
  total = 0;
  #times = new Float64Array(64);
  #amounts = new Float64Array(64);
  #leases: string[] = new Array<string>(64).fill('');
  #head = 0;
  #tail = 0;

  /** From a plain log's live entries. */
  static of(entries: readonly Entry[], total: number): RingLog {
    const log = new RingLog();
    for (const [time, amount, lease] of entries) log.add(time, amount, lease, false);
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
      this.#leases[head] = '';
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

  /** Adds `amount` at `time`; `merge` folds it into the newest entry when that has the same time. */
  add(time: number, amount: number, lease: string, merge: boolean): void {
    this.total += amount;
    const last = this.#tail - 1;
    if (merge && last >= this.#head && this.#times[last] === time) {
      (this.#amounts as Float64Array)[last] = (this.#amounts[last] as number) + amount;
      return;
    }
    if (this.#tail === this.#times.length) this.#makeRoom();
    this.#times[this.#tail] = time;
    this.#amounts[this.#tail] = amount;
    this.#leases[this.#tail] = lease;
    this.#tail += 1;
  }

  /** Sets the amount of `lease`'s entry; false when it has none (any more). */
  settle(lease: string, amount: number): boolean {
    for (let i = this.#tail - 1; i >= this.#head; i--) {
      if (this.#leases[i] !== lease) continue;
      this.total += amount - (this.#amounts[i] as number);
      this.#amounts[i] = amount;
      return true;
    }
    return false;
  }

  /**
   * Takes up to `amount` from the live entry of `lease`, or for `lease` '' from the merged entry
   * stamped `time`; returns what it took.
   */
  take(time: number, lease: string, amount: number): number {
    for (let i = this.#tail - 1; i >= this.#head; i--) {
      const at = this.#times[i] as number;
      if (lease === '' && at < time) break;
      if (this.#leases[i] !== lease || (lease === '' && at !== time)) continue;
      const taken = Math.min(this.#amounts[i] as number, amount);
      this.#amounts[i] = (this.#amounts[i] as number) - taken;
      this.total -= taken;
      // An emptied entry stays until its time leaves, owned by nobody: no settle can find it.
      if (this.#amounts[i] === 0) this.#leases[i] = '';
      return taken;
    }
    return 0;
  }

  /** Adds like `add`, but keeps time order when `time` is older than the newest entry. */
  insert(time: number, amount: number, lease: string, merge: boolean): void {
    let i = this.#tail;
    while (i > this.#head && (this.#times[i - 1] as number) > time) i--;
    if (i === this.#tail) {
      this.add(time, amount, lease, merge);
      return;
    }
    this.total += amount;
    if (merge && i > this.#head && this.#times[i - 1] === time && this.#leases[i - 1] === '') {
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
    this.#leases.copyWithin(i + 1, i, this.#tail);
    this.#times[i] = time;
    this.#amounts[i] = amount;
    this.#leases[i] = lease;
    this.#tail += 1;
  }

  /** The live entries, oldest first. */
  get entries(): Entry[] {
    const entries: Entry[] = [];
    for (let i = this.#head; i < this.#tail; i++)
      entries.push([this.#times[i] as number, this.#amounts[i] as number, this.#leases[i] as string]);
    return entries;
  }

  toJSON(): { entries: Entry[]; total: number } {
    return { entries: this.entries, total: this.total };
  }

  // Slides the live entries down when at least half the room is free, else doubles the room.
  #makeRoom(): void {
    const live = this.size;
    const leases = this.#leases;
    if (this.#head * 2 >= this.#times.length) {
      this.#times.copyWithin(0, this.#head, this.#tail);
      this.#amounts.copyWithin(0, this.#head, this.#tail);
      leases.copyWithin(0, this.#head, this.#tail);
      leases.fill('', live, this.#tail);
    } else {
      const room = this.#times.length * 2;
      const times = new Float64Array(room);
      const amounts = new Float64Array(room);
      times.set(this.#times.subarray(this.#head, this.#tail));
      amounts.set(this.#amounts.subarray(this.#head, this.#tail));
      this.#times = times;
      this.#amounts = amounts;
      const grown = new Array<string>(room).fill('');
      for (let i = 0; i < live; i++) grown[i] = leases[this.#head + i] as string;
      this.#leases = grown;
    }
    this.#head = 0;
    this.#tail = live;
  }
}
