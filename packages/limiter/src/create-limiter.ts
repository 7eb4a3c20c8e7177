import { budgetDimensions } from './budgets/budget-dimensions.js';
import { budgetGate } from './budgets/budget-gate.js';
import { budgetUsages } from './budgets/budget-usage.js';
import type { Demand } from './demand.js';
import { type Draw, DrawCache } from './demand-draw.js';
import { LimiterClosedError } from './errors/limiter-closed-error.js';
import { limitFetch } from './fetch/limit-fetch.js';
import { giveBack } from './give-back.js';
import { HeldLease } from './held-lease.js';
import { knownDimensions } from './known-dimensions.js';
import type { AcquireOptions, Limiter, LimiterOptions } from './limiter.js';
import { dimensionsOf } from './limits.js';
import { PeakClock } from './peak-clock.js';
import { resolveOptions } from './resolve-options.js';
import { admitNow as admitNowOf, decideNow as decideNowOf, writeNow } from './scheduler/decide-now.js';
import { createPump } from './scheduler/pump.js';
import { type AcquireLine, queueAcquire } from './scheduler/queued-acquire.js';
import { WaitQueue } from './scheduler/wait-queue.js';
import type { Waiter } from './scheduler/waiter.js';
import { checkAlignment, pauseOnRejection } from './server-corrections.js';
import { SnapshotFeed } from './snapshot/snapshot-feed.js';
import type { Decision } from './state/dimension.js';
import { syncRemains } from './sync-remains.js';
import { validateAcquireOptions } from './validate-demand.js';

export type { AcquireOptions, Lease, Limiter, LimiterOptions, TryResult } from './limiter.js';
export type { LimiterSnapshot } from './snapshot/limiter-snapshot.js';

const noOptions: AcquireOptions = Object.freeze({});

type Refused = Extract<Decision, { ok: false }>;

// Lease ids: unique per limiter instance (a random prefix) and cheap to make (a counter).
const leasePrefix = () => `${Math.random().toString(36).slice(2, 10)}.`;

/**
 * Creates a limiter that keeps every limit a MiniMax request touches at once — RPM, TPM, CONN,
 * the Token Plan window, weekly cap and daily quotas — with one all-or-nothing decision each. It
 * runs no timers of its own: one exists only while someone waits, and it does not keep Node alive.
 */
export function createLimiter(options: LimiterOptions = {}): Limiter {
  const { config, store, key, agingMs, budgetKey } = resolveOptions(options);
  const queue = new WaitQueue<Waiter>();
  const feed = new SnapshotFeed(store, key, queue, (dims, read) => budgetUsages(config, dims, read));
  const peak = new PeakClock(store.now);
  const draws = new DrawCache(config, peak, (dims) => feed.remember(dims));
  const decideNow = decideNowOf(store);
  const admitNow = admitNowOf(store);
  const peakCapped = config.plan?.peakHours !== undefined;
  const pump = createPump({
    store,
    key,
    queue,
    decideNow,
    // Peak hours change a limit: waiters are asked with the limits of now, and woken when they change.
    ...(peakCapped && {
      refresh: (waiter: Waiter) => {
        waiter.draw = draws.of(waiter.demand);
        waiter.dims = waiter.draw.dims;
      },
      changesAt: () => peak.changesAt,
    }),
    giveBack: (waiter, at) => giveBack(store, key, waiter.lease, waiter.draw, at ?? store.now()),
    refusal: (waiter, decision) => refusal(waiter.draw, decision),
    passed: () => feed.notify(),
  });
  const prefix = leasePrefix();
  let leases = 0;
  const newLeaseId = () => prefix + leases++;
  const leaseContext = {
    store,
    key,
    leaseMs: config.leaseMs,
    schedule: pump.poke,
    newId: newLeaseId,
    writeNow: writeNow(store),
  };
  const makeLease = (id: string, demand: Demand, draw: Draw, decision: Decision, waitedOn?: string) =>
    new HeldLease(leaseContext, id, demand, draw, (decision.ok && decision.at) || store.now(), waitedOn);
  let closed = false;

  const budgets = budgetGate(store, key, config, budgetKey);
  const refusal = budgets.refusal;
  const withTenant = budgets.demandOf;
  const tooLarge = budgets.tooLarge;

  const line: AcquireLine = { queue, poke: pump.poke, now: () => store.now(), agingMs, lease: makeLease };
  const wait = (demand: Demand, draw: Draw, lease: string, options: AcquireOptions, blockedBy?: string) =>
    queueAcquire(line, demand, draw, lease, options, blockedBy);

  // Admission at once, for a caller nobody waits ahead of: the lease, the store's refusal, or
  // `undefined` when the store decides only later (Redis beyond its claims ahead).
  const atOnce = (demand: Demand, draw: Draw): HeldLease | Refused | undefined => {
    // Without a lease id (sliding windows only): the lease is named when first asked.
    const at = admitNow?.(key, draw.dims);
    if (at !== undefined) {
      feed.notify();
      return new HeldLease(leaseContext, undefined, demand, draw, at);
    }
    if (!decideNow) return undefined;
    const lease = newLeaseId();
    const decision = decideNow(key, draw.dims, lease);
    if (!decision.ok) return decision;
    feed.notify();
    return makeLease(lease, demand, draw, decision);
  };
  const checked = (asked: Demand) => {
    if (closed) throw new LimiterClosedError('limiter');
    return withTenant(asked);
  };

  const limiter: Limiter = {
    config,
    store,
    key,
    dimensionsOf: (demand) => dimensionsOf(config, demand, store.now()),
    acquire(asked, options) {
      try {
        const demand = checked(asked);
        // What it draws on (shown in snapshots from now on); refused at once if it can never fit.
        const draw = draws.of(demand);
        if (draw.tooLarge) return tooLarge(draw.tooLarge).then((error) => Promise.reject(error));
        if (options != null) {
          validateAcquireOptions(options);
          if (options.signal?.aborted) throw options.signal.reason;
        }
        const given = options ?? noOptions;
        const busy = queue.waitedOn(draw.dims);
        const now = busy === undefined ? atOnce(demand, draw) : undefined;
        if (now instanceof HeldLease) return Promise.resolve(now);
        // Behind whoever waits on one of its limits already (a store that decides later finds out
        // for itself), or on the limit the store just refused it on.
        if (now === undefined) return wait(demand, draw, newLeaseId(), given, decideNow ? busy : undefined);
        const refused = refusal(draw, now);
        if (refused) return refused.then((error) => Promise.reject(error));
        return wait(demand, draw, newLeaseId(), given, now.blockedBy);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    acquireNow(asked) {
      const demand = checked(asked);
      const draw = draws.of(demand);
      if (draw.tooLarge || queue.waitedOn(draw.dims) !== undefined) return undefined;
      const now = atOnce(demand, draw);
      return now instanceof HeldLease ? now : undefined;
    },
    async tryAcquire(asked) {
      const demand = checked(asked);
      const draw = draws.of(demand);
      if (draw.tooLarge) throw await tooLarge(draw.tooLarge);
      const busy = queue.waitedOn(draw.dims);
      if (busy !== undefined) {
        const wait = pump.wakesAt - store.now();
        return { ok: false, retryAfterMs: Number.isFinite(wait) ? Math.max(0, wait) : 1000, blockedBy: busy };
      }
      const now = atOnce(demand, draw);
      if (now instanceof HeldLease) return { ok: true, lease: now };
      if (now !== undefined) {
        feed.notify();
        return now;
      }
      const lease = newLeaseId();
      const decision = await store.acquire(key, draw.dims, lease);
      feed.notify();
      return decision.ok ? { ok: true, lease: makeLease(lease, demand, draw, decision) } : decision;
    },
    async reportRejection(demand, reason, retryAfterMs) {
      if (await pauseOnRejection(config, store, key, demand, reason, retryAfterMs)) pump.poke();
    },
    async align(dimension, used, freesInMs) {
      checkAlignment(used, freesInMs);
      feed.remember([dimension]);
      await store.align(key, dimension, used, freesInMs);
      pump.poke();
    },
    syncFromRemains: (body) => syncRemains(limiter, body),
    wrap: (fetch, options) => limitFetch(limiter, fetch, options),
    snapshot: () => feed.current(),
    refresh: () => feed.refresh(),
    subscribe: (listener) => feed.subscribe(listener),
    async close() {
      if (closed) return;
      closed = true;
      pump.stop();
      unsubscribe?.();
      for (const waiter of queue.drain()) waiter.fail(new LimiterClosedError('limiter'));
      feed.clear();
    },
    [Symbol.asyncDispose]() {
      return limiter.close();
    },
  };
  feed.remember(knownDimensions(config));
  // Without budgetKey every demand's budgets are `default`'s: shown at 0 before their first use.
  if (!budgetKey) feed.remember(budgetDimensions(config, { cost: { amount: '0', currency: 'USD' } }));
  const unsubscribe = store.subscribe?.(key, pump.poke);
  return limiter;
}
