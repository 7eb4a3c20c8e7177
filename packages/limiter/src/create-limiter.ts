import { rateLimitTables } from '@minimax-kit/core';
import type { Demand } from './demand.js';
import { DemandTooLargeError } from './errors/demand-too-large-error.js';
import { LimiterClosedError } from './errors/limiter-closed-error.js';
import { limitFetch } from './fetch/limit-fetch.js';
import { HeldLease } from './held-lease.js';
import type { Lease, Limiter, LimiterOptions } from './limiter.js';
import { dimensionsOf, type LimitConfig } from './limits.js';
import type { Decision, Dimension } from './state/dimension.js';
import { memoryStore } from './stores/memory-store.js';
import type { DimensionUsage } from './stores/store.js';
import { syncRemains } from './sync-remains.js';

export type { AcquireOptions, Lease, Limiter, LimiterOptions, TryResult } from './limiter.js';

/** The state of every limit a limiter has seen, for meters and gauges. */
export interface LimiterSnapshot {
  at: number;
  /** By dimension id: `rpm:<scope>`, `tpm:<scope>`, `conn:<scope>`, `plan:window`, `plan:week`, `daily:<bucket>`. */
  dimensions: Record<string, DimensionUsage>;
  /** Requests waiting, in all and by scope. */
  queued: number;
  queuedByScope: Record<string, number>;
}

interface Waiter {
  demand: Demand;
  dims: Dimension[];
  lease: string;
  priority: number;
  seq: number;
  since: number;
  resolve(lease: Lease): void;
  reject(error: unknown): void;
  detach(): void;
}

// Lease ids: unique per limiter instance (a random prefix) and cheap to make (a counter).
const leasePrefix = () => `${Math.random().toString(36).slice(2, 10)}.`;
const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as Promise<T>)?.then === 'function';

/**
 * Creates a limiter that keeps every limit a MiniMax request touches at once — RPM, TPM, CONN,
 * the Token Plan window, weekly cap and daily quotas — with one all-or-nothing decision each. It
 * runs no timers of its own: one exists only while someone waits, and it does not keep Node alive.
 */
export function createLimiter(options: LimiterOptions = {}): Limiter {
  const config: LimitConfig = {
    region: options.region ?? 'global',
    tier: options.tier ?? 'paid',
    overrides: options.limits ?? {},
    plan: options.plan,
    guardMs: options.guardMs ?? 500,
    leaseMs: options.leaseMs ?? 600_000,
    dayOffsetMinutes: options.dayOffsetMinutes ?? 480,
    timeScale: options.timeScale ?? 1,
  };
  const store = options.store ?? memoryStore();
  const key = options.key ?? 'default';
  const agingMs = options.agingMs ?? 10_000;
  const queue: Waiter[] = [];
  const listeners = new Set<(snapshot: LimiterSnapshot) => void>();
  const seen = new Map<string, Dimension>();
  let seq = 0;
  const prefix = leasePrefix();
  let leases = 0;
  const newLeaseId = () => prefix + (leases++).toString(36);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let pumping = false;
  let again = false;
  let last: LimiterSnapshot = { at: store.now(), dimensions: {}, queued: 0, queuedByScope: {} };
  let notifyScheduled = false;
  let closed = false;

  const remember = (dims: readonly Dimension[]) => {
    for (const d of dims) if (seen.get(d.id)?.limit !== d.limit) seen.set(d.id, { ...d, amount: 0 });
  };

  const notify = () => {
    if (notifyScheduled || listeners.size === 0) return;
    notifyScheduled = true;
    queueMicrotask(() => {
      notifyScheduled = false;
      const read = readSnapshot();
      if (isPromise(read)) read.then(publish, () => {});
      else publish(read);
    });
  };
  const publish = (snapshot: LimiterSnapshot) => {
    last = snapshot;
    for (const listener of listeners) listener(snapshot);
  };

  function readSnapshot(): LimiterSnapshot | Promise<LimiterSnapshot> {
    const queuedByScope: Record<string, number> = {};
    for (const waiter of queue) {
      const scope = waiter.demand.scope ?? '(plan)';
      queuedByScope[scope] = (queuedByScope[scope] ?? 0) + 1;
    }
    const build = (dimensions: Record<string, DimensionUsage>): LimiterSnapshot => ({
      at: store.now(),
      dimensions,
      queued: queue.length,
      queuedByScope,
    });
    const read = store.read(key, [...seen.values()]);
    return isPromise(read) ? read.then(build) : build(read);
  }

  const leaseContext = { store, key, leaseMs: config.leaseMs, schedule: () => schedule() };
  const makeLease = (id: string, demand: Demand, dims: Dimension[], decision: Decision): Lease =>
    new HeldLease(leaseContext, id, demand, dims, (decision.ok && decision.at) || store.now());

  function arm(ms: number) {
    if (closed) return;
    const at = store.now() + ms;
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
        schedule();
      },
      Math.max(0, Math.ceil(ms)),
    );
    (timer as { unref?: () => void }).unref?.();
  }

  const ordered = () => {
    const now = store.now();
    return [...queue].sort(
      (a, b) =>
        b.priority + (now - b.since) / agingMs - (a.priority + (now - a.since) / agingMs) || a.seq - b.seq,
    );
  };

  function settleWaiter(waiter: Waiter, decision: Decision, blocked: Set<string>, wake: { ms: number }) {
    if (decision.ok) {
      queue.splice(queue.indexOf(waiter), 1);
      waiter.detach();
      waiter.resolve(makeLease(waiter.lease, waiter.demand, waiter.dims, decision));
      return;
    }
    for (const d of waiter.dims) blocked.add(d.id);
    wake.ms = Math.min(wake.ms, decision.retryAfterMs);
  }

  async function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        const blocked = new Set<string>();
        const wake = { ms: Number.POSITIVE_INFINITY };
        const distinct = new Set(queue.flatMap((waiter) => waiter.dims.map((d) => d.id)));
        for (const waiter of ordered()) {
          // Every limit anyone waits for is blocked: nobody further back can go.
          if (blocked.size >= distinct.size && blocked.size > 0) break;
          // FIFO per limit: nobody overtakes a waiter on a limit it is waiting for.
          if (waiter.dims.some((d) => blocked.has(d.id))) continue;
          const answer = store.acquire(key, waiter.dims, waiter.lease);
          const decision = isPromise(answer) ? await answer : answer;
          if (!queue.includes(waiter)) {
            // Aborted while the store was deciding: undo what it may have recorded.
            if (decision.ok) await store.release(key, waiter.lease, waiter.dims);
            continue;
          }
          settleWaiter(waiter, decision, blocked, wake);
        }
        if (Number.isFinite(wake.ms) && queue.length > 0) arm(wake.ms);
      } while (again);
    } finally {
      pumping = false;
      notify();
    }
  }

  function schedule() {
    pump().catch((error: unknown) => {
      // A store failure fails every waiter rather than hanging them.
      for (const waiter of queue.splice(0)) {
        waiter.detach();
        waiter.reject(error);
      }
    });
  }

  const tooLarge = (dims: readonly Dimension[]) => dims.find((d) => d.amount > d.limit);

  const limiter: Limiter = {
    config,
    store,
    key,
    dimensionsOf: (demand) => dimensionsOf(config, demand),
    acquire(demand, acquireOptions = {}) {
      if (closed) return Promise.reject(new LimiterClosedError('limiter'));
      const dims = dimensionsOf(config, demand);
      remember(dims);
      const huge = tooLarge(dims);
      if (huge) return Promise.reject(new DemandTooLargeError(huge.id, huge.amount, huge.limit));
      const signal = acquireOptions.signal;
      if (signal?.aborted) return Promise.reject(signal.reason);
      const lease = newLeaseId();
      // A waiter behind another on the same limits waits for that one's wake-up; one refused on
      // its own arms a wake-up for when it fits.
      const enqueue = (retryAfterMs?: number) =>
        new Promise<Lease>((resolve, reject) => {
          const onAbort = () => {
            const index = queue.indexOf(waiter);
            if (index < 0) return;
            queue.splice(index, 1);
            reject(signal?.reason);
            schedule();
          };
          const waiter: Waiter = {
            demand,
            dims,
            lease,
            priority: acquireOptions.priority ?? 0,
            seq: seq++,
            since: store.now(),
            resolve,
            reject,
            detach: () => signal?.removeEventListener('abort', onAbort),
          };
          if (closed) return reject(new LimiterClosedError('limiter'));
          signal?.addEventListener('abort', onAbort, { once: true });
          queue.push(waiter);
          if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) arm(retryAfterMs);
          notify();
        });
      // Fast path: nobody waits on these limits, so try them at once.
      if (queue.some((waiter) => waiter.dims.some((d) => dims.some((mine) => mine.id === d.id))))
        return enqueue();
      const admitted = (decision: Decision) => {
        notify();
        return makeLease(lease, demand, dims, decision);
      };
      const answer = store.acquire(key, dims, lease);
      if (!isPromise(answer))
        return answer.ok ? Promise.resolve(admitted(answer)) : enqueue(answer.retryAfterMs);
      return answer.then(async (decision) => {
        if (!decision.ok) return enqueue(decision.retryAfterMs);
        if (signal?.aborted || closed) {
          await store.release(key, lease, dims);
          throw closed ? new LimiterClosedError('limiter') : signal?.reason;
        }
        return admitted(decision);
      });
    },
    async tryAcquire(demand) {
      if (closed) throw new LimiterClosedError('limiter');
      const dims = dimensionsOf(config, demand);
      remember(dims);
      const huge = tooLarge(dims);
      if (huge) throw new DemandTooLargeError(huge.id, huge.amount, huge.limit);
      const busy = queue.find((waiter) => waiter.dims.some((d) => dims.some((mine) => mine.id === d.id)));
      if (busy) {
        const wait = timerAt - store.now();
        return {
          ok: false,
          retryAfterMs: Number.isFinite(wait) ? Math.max(0, wait) : 1000,
          blockedBy: busy.dims[0]?.id ?? '',
        };
      }
      const lease = newLeaseId();
      const decision = await store.acquire(key, dims, lease);
      notify();
      return decision.ok ? { ok: true, lease: makeLease(lease, demand, dims, decision) } : decision;
    },
    async reportRejection(demand, reason, retryAfterMs) {
      const dims = dimensionsOf(config, demand).filter((d) =>
        reason === 'plan'
          ? d.id.startsWith('plan:') || d.id.startsWith('daily:')
          : d.id.startsWith(`${reason}:`),
      );
      if (dims.length === 0) return;
      const now = store.now();
      const held = await store.read(key, dims);
      // Pause until the window frees, or as long as the server asked; at least a second.
      const frees = Math.max(0, ...dims.map((d) => (held[d.id]?.freesAt ?? now + 1000) - now));
      await store.pause(
        key,
        dims.map((d) => d.id),
        Math.max(1000, retryAfterMs ?? frees),
      );
      schedule();
    },
    async align(dimension, used, freesInMs) {
      remember([dimension]);
      await store.align(key, dimension, used, freesInMs);
      schedule();
    },
    async syncFromRemains(body) {
      await syncRemains(limiter, body);
    },
    wrap: (fetch) => limitFetch(limiter, fetch),
    snapshot() {
      // A local store answers at once; a remote one gives the last state read.
      const read = readSnapshot();
      if (!isPromise(read)) last = read;
      else read.then(publish, () => {});
      return last;
    },
    async refresh() {
      publish(await readSnapshot());
      return last;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      unsubscribe?.();
      for (const waiter of queue.splice(0)) {
        waiter.detach();
        waiter.reject(new LimiterClosedError('limiter'));
      }
      listeners.clear();
    },
    [Symbol.asyncDispose]() {
      return limiter.close();
    },
  };
  // Every limit it will enforce shows in snapshots before its first use: documented and configured.
  const documented = rateLimitTables[config.region]?.rows.map((row) => row.scope) ?? [];
  for (const scope of new Set([...documented, ...Object.keys(config.overrides)]))
    remember(dimensionsOf(config, { scope, tokens: 1, conn: true }));
  if (config.plan) {
    remember(dimensionsOf(config, { planRequests: 1 }));
    for (const bucket of Object.keys(config.plan.daily ?? {}))
      remember(dimensionsOf(config, { daily: { bucket, units: 1 } }));
  }
  const unsubscribe = store.subscribe?.(key, schedule);
  return limiter;
}
