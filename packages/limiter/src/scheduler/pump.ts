import type { Decision } from '../state/dimension.js';
import type { LimiterStore } from '../stores/store.js';
import type { DecideNow } from './decide-now.js';
import { queuesOn, type WaitQueue } from './wait-queue.js';
import type { Waiter } from './waiter.js';
import { WakeTimer } from './wake-timer.js';

/** What the pump works with. */
export interface PumpContext {
  store: LimiterStore;
  key: string;
  queue: WaitQueue<Waiter>;
  /** The store's synchronous decision, when it has one. */
  decideNow: DecideNow | undefined;
  /** Gives back what the store granted to a waiter that left while it was deciding. */
  giveBack(waiter: Waiter, at: number | undefined): Promise<void>;
  /** The error a refusal ends a waiter with instead of waiting (a budget that rejects), if any. */
  refusal(waiter: Waiter, decision: Decision): Promise<Error> | undefined;
  /** After every pass (snapshots). */
  passed(): void;
  /** Renews a waiter's limits before it is asked, when they can change over time. */
  refresh?(waiter: Waiter): void;
  /** When the limits next change, on the store's clock (peak hours): waiters are asked again then. */
  changesAt?(): number;
}

/** Admits waiters in order as room appears; `poke` after anything that may have made room. */
export interface Pump {
  poke(): void;
  /** When the pump next wakes by itself, on the store's clock (`Infinity`: not armed). */
  readonly wakesAt: number;
  stop(): void;
}

/** How many waiters one `acquireMany` decides at most. */
const batchSize = 64;

/**
 * Asks the store for waiters in queue order, FIFO per limit: once a waiter is refused on a limit,
 * nobody behind it on any of its limits (budgets aside) is asked in this pass; a waiter refused by
 * a budget holds nobody back. A store with `acquireMany` decides up to 64 waiters in one step (it
 * keeps the same order and rule inside), any other one waiter at a time. A poke during a pass (an
 * arrival, a release, a wake-up) runs another pass, so no wake-up is lost however slowly the store
 * answers; a store that fails fails every waiter rather than leaving them hanging.
 */
export function createPump(context: PumpContext): Pump {
  const { store, key, queue, decideNow } = context;
  const timer = new WakeTimer(store.now, () => poke());
  const many = decideNow ? undefined : store.acquireMany?.bind(store);
  let running = false;
  let again = false;
  let stopped = false;

  // One decision per batch of one, synchronously when the store can (no promise, no turn).
  const decide = (batch: readonly Waiter[]): (Decision | undefined)[] | Promise<(Decision | undefined)[]> => {
    if (many) return many(key, batch);
    const [waiter] = batch as [Waiter];
    if (decideNow) return [decideNow(key, waiter.dims, waiter.lease)];
    return store.acquire(key, waiter.dims, waiter.lease).then((decision) => [decision]);
  };

  async function pass(): Promise<void> {
    const blocked = new Set<string>();
    // When the limits the waiters are asked with next change, read before any is renewed: a change
    // during the pass wakes them at once, not at the change after it.
    const changesAt = context.changesAt?.() ?? Number.POSITIVE_INFINITY;
    let wake = Number.POSITIVE_INFINITY;
    const walk = queue[Symbol.iterator]();
    // The next waiters nobody ahead blocks (up to a batch), their limits renewed.
    const next = (): Waiter[] => {
      const batch: Waiter[] = [];
      while (batch.length < (many ? batchSize : 1)) {
        // Every limit anyone waits on is blocked, and nobody waits for money alone: nobody further
        // back can go.
        if (blocked.size > 0 && blocked.size >= queue.limits && queue.allLinedUp) break;
        const { value: waiter, done } = walk.next();
        if (done) break;
        context.refresh?.(waiter);
        if (!waiter.dims.some((d) => blocked.has(d.id))) batch.push(waiter);
      }
      return batch;
    };
    for (let batch = next(); batch.length > 0; batch = next()) {
      const decided = decide(batch);
      const decisions = Array.isArray(decided) ? decided : await decided;
      for (const [i, waiter] of batch.entries()) {
        const decision = decisions[i];
        if (!queue.has(waiter)) {
          // It left (aborted, closed) while the store decided: give back what it was granted. A store
          // that fails to take it back keeps the grant until its lease lapses (too little room for
          // a while, never too much), and the waiters after it go on.
          if (decision?.ok) await context.giveBack(waiter, decision.at).catch(() => {});
          continue;
        }
        if (!decision) continue; // not asked: one ahead of it in the batch blocked a limit it shares
        if (decision.ok) {
          queue.remove(waiter);
          waiter.admit(decision);
          continue;
        }
        const refused = context.refusal(waiter, decision);
        if (refused) {
          queue.remove(waiter);
          waiter.fail(await refused);
          continue;
        }
        waiter.blockedBy = decision.blockedBy;
        // Waiting for a budget's money holds nobody back; waiting for a limit holds back its others.
        const onLimit = waiter.dims.some((d) => d.id === decision.blockedBy && queuesOn(d));
        queue.lineUp(waiter, onLimit);
        if (onLimit) for (const d of waiter.dims) if (queuesOn(d)) blocked.add(d.id);
        wake = Math.min(wake, decision.retryAfterMs);
      }
    }
    wake = Math.min(wake, changesAt - store.now());
    // Nobody left waiting (admitted, aborted): nothing to wake, and nothing keeps Node alive.
    if (queue.size === 0) timer.clear();
    else if (Number.isFinite(wake) && !stopped) timer.arm(wake);
  }

  async function run(): Promise<void> {
    try {
      do {
        again = false;
        await pass();
      } while (again && !stopped);
    } finally {
      running = false;
      context.passed();
    }
  }

  function start(): void {
    run().catch((error: unknown) => {
      for (const waiter of queue.drain()) waiter.fail(error);
    });
  }

  function poke(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    // A store that decides many at once starts a microtask later: every arrival of this turn of
    // the event loop joins the first batch.
    if (many) queueMicrotask(start);
    else start();
  }

  return {
    poke,
    get wakesAt() {
      return timer.at;
    },
    stop() {
      stopped = true;
      timer.clear();
    },
  };
}
