import { isDecimalString } from '@minimax-kit/core';
import { toSubUnits } from './budgets/money-units.js';
import type { Demand } from './demand.js';
import type { Draw } from './demand-draw.js';
import type { Lease } from './limiter.js';
import type { WriteNow } from './scheduler/decide-now.js';
import type { Dimension } from './state/dimension.js';
import type { LimiterStore } from './stores/store.js';

/** What every lease of one limiter shares. */
export interface LeaseContext {
  store: LimiterStore;
  key: string;
  leaseMs: number;
  /** Lets waiters re-check after a lease frees or settles. */
  schedule(): void;
  /** A new lease id, for a lease admitted without one. */
  newId(): string;
  /** The store's synchronous writes, when it has them (memory): a lease then settles and frees at once. */
  writeNow: WriteNow | undefined;
}

// What `release` answers when there is nothing to free: one settled promise for every lease.
const settled = Promise.resolve();

/** One small object per lease, its methods and its draw shared: leases are made by the hundred thousand. */
export class HeldLease implements Lease {
  readonly demand: Demand;
  readonly admittedAt: number;
  readonly waitedOn: string | undefined;
  #context: LeaseContext;
  #id: string | undefined;
  #draw: Draw;
  #released = false;
  #costSettled = false;

  constructor(
    context: LeaseContext,
    id: string | undefined,
    demand: Demand,
    draw: Draw,
    admittedAt: number,
    waitedOn?: string,
  ) {
    this.#context = context;
    this.#id = id;
    this.demand = demand;
    this.admittedAt = admittedAt;
    this.waitedOn = waitedOn;
    this.#draw = draw;
  }

  /** Named when first asked: a lease the store admitted without a name (sliding windows only) rarely is. */
  get id(): string {
    this.#id ??= this.#context.newId();
    return this.#id;
  }

  /** What a lease is, as data: its `id` is read like any other field. */
  toJSON() {
    return { id: this.id, demand: this.demand, admittedAt: this.admittedAt, waitedOn: this.waitedOn };
  }

  /**
   * Tokens: anything but a finite number ≥ 0 (NaN, Infinity, −5, a string) is ignored. Cost: anything
   * but a plain decimal string ≥ 0 is ignored, and a lease's cost settles once. Ignored, the
   * reservation stands.
   */
  async settle(actual: { tokens?: number; cost?: string }) {
    const tpm = this.#draw.settles;
    const tokens = actual?.tokens;
    let changed = false;
    if (tpm && typeof tokens === 'number' && Number.isFinite(tokens) && tokens >= 0) {
      await this.#write(tpm, Math.round(tokens), this.admittedAt);
      changed = true;
    }
    const cost = actual?.cost;
    if (typeof cost === 'string' && isDecimalString(cost) && !cost.startsWith('-')) {
      changed = (await this.#settleCost(toSubUnits(cost))) || changed;
    }
    // A refund may let waiters in; a surcharge keeps them out longer.
    if (changed) this.#context.schedule();
  }

  // Sets what the lease holds of `d` to `amount`: at once in a store that writes synchronously.
  #write(d: Dimension, amount: number, admittedAt?: number): Promise<void> | undefined {
    const { store, key, writeNow } = this.#context;
    if (writeNow?.settleNow(key, d, this.id, amount, admittedAt)) return undefined;
    return store.settle(key, d, this.id, amount, admittedAt);
  }

  // Replaces the budgets' reservation by `subUnits` (or, given nothing, spends the reservation).
  #settleCost(subUnits?: number): boolean | Promise<boolean> {
    const budgets = this.#draw.budgets;
    if (budgets.length === 0 || this.#costSettled) return false;
    this.#costSettled = true;
    // In order: each write after the one before, at once where the store writes synchronously.
    let pending: Promise<void> | undefined;
    for (const d of budgets) {
      const amount = subUnits ?? d.amount;
      pending = pending ? pending.then(() => this.#write(d, amount)) : this.#write(d, amount);
    }
    return pending ? pending.then(() => true) : true;
  }

  /** Frees the CONN slot; a cost never settled is spent at its reservation (the call is over, its bill unknown). */
  release(): Promise<void> {
    if (this.#released) return settled;
    this.#released = true;
    try {
      // Spending the reservation frees no room: only a CONN slot wakes waiters.
      const spent = this.#settleCost();
      if (spent instanceof Promise) return spent.then(() => this.#free());
      return this.#draw.holdsSlot ? this.#free() : settled;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  // Frees the CONN slot and wakes waiters: at once in a store that writes synchronously.
  async #free(): Promise<void> {
    if (!this.#draw.holdsSlot) return;
    const { store, key, schedule, writeNow } = this.#context;
    if (!writeNow?.releaseNow(key, this.id, this.#draw.dims))
      await store.release(key, this.id, this.#draw.dims);
    schedule();
  }

  async renew() {
    if (this.#released || !this.#draw.holdsSlot) return;
    const { store, key, leaseMs } = this.#context;
    await store.renew(key, this.id, this.#draw.dims, leaseMs);
  }
}
