import type { BudgetUsage } from '../budgets/budget-options.js';
import type { Dimension } from '../state/dimension.js';
import type { DimensionUsage, LimiterStore } from '../stores/store.js';
import type { LimiterSnapshot } from './limiter-snapshot.js';

/** What a snapshot counts besides the store's state: the waiters. */
export interface Waiting {
  readonly size: number;
  byScope(): Record<string, number>;
}

/** Budgets in money from the dimensions seen and what the store read of them. */
export type Budgets = (dims: Iterable<Dimension>, read: Record<string, DimensionUsage>) => BudgetUsage[];

/**
 * The limiter's snapshots: every dimension it has seen (at 0 until used), read from the store,
 * and its subscribers, told at most once per microtask. A store with `peek` answers synchronously;
 * for the others `current()` gives the last state read and reads a newer one.
 */
export class SnapshotFeed {
  #store: LimiterStore;
  #key: string;
  #waiting: Waiting;
  #budgets: Budgets;
  #seen = new Map<string, Dimension>();
  #listeners = new Set<(snapshot: LimiterSnapshot) => void>();
  #last: LimiterSnapshot;
  #scheduled = false;

  constructor(store: LimiterStore, key: string, waiting: Waiting, budgets: Budgets = () => []) {
    this.#store = store;
    this.#key = key;
    this.#waiting = waiting;
    this.#budgets = budgets;
    this.#last = { at: store.now(), dimensions: {}, queued: 0, queuedByScope: {}, budgets: [] };
  }

  /** Shows these dimensions from now on (a changed limit replaces the old one). */
  remember(dims: readonly Dimension[]): void {
    for (const d of dims)
      if (this.#seen.get(d.id)?.limit !== d.limit) this.#seen.set(d.id, { ...d, amount: 0 });
  }

  /** The state now when the store can tell synchronously, else the last read (and reads anew). */
  current(): LimiterSnapshot {
    const peek = this.#store.peek;
    if (peek) this.#last = this.#build(peek.call(this.#store, this.#key, [...this.#seen.values()]));
    else this.refresh().catch(() => {});
    return this.#last;
  }

  /** Reads the store and tells subscribers. */
  async refresh(): Promise<LimiterSnapshot> {
    const read = await this.#store.read(this.#key, [...this.#seen.values()]);
    this.#publish(this.#build(read));
    return this.#last;
  }

  /** Tells subscribers soon (once per microtask, whatever the number of changes). */
  notify(): void {
    if (this.#scheduled || this.#listeners.size === 0) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.refresh().catch(() => {});
    });
  }

  subscribe(listener: (snapshot: LimiterSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  clear(): void {
    this.#listeners.clear();
  }

  #publish(snapshot: LimiterSnapshot): void {
    this.#last = snapshot;
    for (const listener of this.#listeners) listener(snapshot);
  }

  #build(dimensions: Record<string, DimensionUsage>): LimiterSnapshot {
    return {
      at: this.#store.now(),
      dimensions,
      queued: this.#waiting.size,
      queuedByScope: this.#waiting.byScope(),
      budgets: this.#budgets(this.#seen.values(), dimensions),
    };
  }
}
