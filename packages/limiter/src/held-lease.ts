import type { Demand } from './demand.js';
import type { Draw } from './demand-draw.js';
import type { Lease } from './limiter.js';
import type { LimiterStore } from './stores/store.js';

/** What every lease of one limiter shares. */
export interface LeaseContext {
  store: LimiterStore;
  key: string;
  leaseMs: number;
  /** Lets waiters re-check after a lease frees or settles. */
  schedule(): void;
}

// What `release` answers when there is nothing to free: one settled promise for every lease.
const settled = Promise.resolve();

/** One small object per lease, its methods and its draw shared: leases are made by the hundred thousand. */
export class HeldLease implements Lease {
  readonly id: string;
  readonly demand: Demand;
  readonly admittedAt: number;
  #context: LeaseContext;
  #draw: Draw;
  #released = false;

  constructor(context: LeaseContext, id: string, demand: Demand, draw: Draw, admittedAt: number) {
    this.#context = context;
    this.id = id;
    this.demand = demand;
    this.admittedAt = admittedAt;
    this.#draw = draw;
  }

  /** Anything but a finite number (NaN, Infinity, a string) is ignored: the reservation stands. */
  async settle(actual: { tokens?: number }) {
    const tpm = this.#draw.settles;
    const tokens = actual?.tokens;
    if (!tpm || typeof tokens !== 'number' || !Number.isFinite(tokens)) return;
    const { store, key, schedule } = this.#context;
    await store.settle(key, tpm, this.id, Math.max(0, Math.round(tokens)));
    // A refund may let waiters in; a surcharge keeps them out longer.
    schedule();
  }

  release(): Promise<void> {
    if (this.#released) return settled;
    this.#released = true;
    return this.#draw.holdsSlot ? this.#free() : settled;
  }

  async #free() {
    const { store, key, schedule } = this.#context;
    await store.release(key, this.id, this.#draw.dims);
    schedule();
  }

  async renew() {
    if (this.#released || !this.#draw.holdsSlot) return;
    const { store, key, leaseMs } = this.#context;
    await store.renew(key, this.id, this.#draw.dims, leaseMs);
  }
}
