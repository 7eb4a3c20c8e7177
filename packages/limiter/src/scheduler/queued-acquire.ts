import type { Demand } from '../demand.js';
import type { Draw } from '../demand-draw.js';
import type { AcquireOptions, Lease } from '../limiter.js';
import { scopeName } from '../limits.js';
import type { Decision } from '../state/dimension.js';
import type { WaitQueue } from './wait-queue.js';
import type { Waiter } from './waiter.js';

type Admitted = Extract<Decision, { ok: true }>;

/** What a queued acquire needs of its limiter. */
export interface AcquireLine {
  queue: WaitQueue<Waiter>;
  /** Runs a pass over the queue. */
  poke(): void;
  now(): number;
  agingMs: number;
  /** The lease an admitted waiter's caller gets. */
  lease(id: string, demand: Demand, draw: Draw, decision: Admitted, waitedOn: string | undefined): Lease;
}

/**
 * An acquire in the queue until the pump admits it (FIFO within priorities, per limit). Its methods
 * are shared: a busy limiter queues every call to a store that answers later (Redis).
 */
class QueuedAcquire implements Waiter {
  readonly demand: Demand;
  draw: Draw;
  dims: Draw['dims'];
  readonly lease: string;
  readonly scope: string;
  readonly rank: number;
  blockedBy: string | undefined;
  #line: AcquireLine;
  #signal: AbortSignal | undefined;
  #resolve: (lease: Lease) => void;
  #reject: (error: unknown) => void;

  constructor(
    line: AcquireLine,
    demand: Demand,
    draw: Draw,
    lease: string,
    options: AcquireOptions,
    blockedBy: string | undefined,
    resolve: (lease: Lease) => void,
    reject: (error: unknown) => void,
  ) {
    this.#line = line;
    this.demand = demand;
    this.draw = draw;
    this.dims = draw.dims;
    this.lease = lease;
    this.scope = demand.scope === undefined ? '(plan)' : scopeName(demand.scope);
    // Aging: every `agingMs` waited is worth one priority point, so the order never changes.
    this.rank = (options.priority ?? 0) - line.now() / line.agingMs;
    this.blockedBy = blockedBy;
    this.#signal = options.signal;
    this.#resolve = resolve;
    this.#reject = reject;
  }

  admit(decision: Admitted): void {
    this.#signal?.removeEventListener('abort', this);
    this.#resolve(this.#line.lease(this.lease, this.demand, this.draw, decision, this.blockedBy));
  }

  fail(error: unknown): void {
    this.#signal?.removeEventListener('abort', this);
    this.#reject(error);
  }

  /** Its signal aborted: it leaves the queue, unless it was already answered. */
  handleEvent(): void {
    if (!this.#line.queue.remove(this)) return;
    this.#reject(this.#signal?.reason);
    this.#line.poke(); // it may have held back smaller requests behind it
  }
}

/**
 * Queues an acquire until the pump admits it. `blockedBy`: the limit it is known to wait on
 * already (one a decision just refused it on, or one others wait on).
 */
export function queueAcquire(
  line: AcquireLine,
  demand: Demand,
  draw: Draw,
  lease: string,
  options: AcquireOptions,
  blockedBy?: string,
): Promise<Lease> {
  return new Promise<Lease>((resolve, reject) => {
    const waiter = new QueuedAcquire(line, demand, draw, lease, options, blockedBy, resolve, reject);
    options.signal?.addEventListener('abort', waiter, { once: true });
    line.queue.push(waiter);
    line.poke();
  });
}
