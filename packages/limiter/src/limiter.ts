import type { AccountTier, Limits, Region } from '@minimax-kit/core';
import type { Budget } from './budgets/budget-options.js';
import type { Demand } from './demand.js';
import type { FetchLike, LimitFetchOptions } from './fetch/limit-fetch.js';
import type { LimitConfig, PlanLimits } from './limit-config.js';
import type { LimiterSnapshot } from './snapshot/limiter-snapshot.js';
import type { Dimension } from './state/dimension.js';
import type { LimiterStore } from './stores/store.js';

/** Options of `createLimiter`. */
export interface LimiterOptions {
  /** Whose documented limits apply; `global` when absent. */
  region?: Region;
  /** `paid` when absent. */
  tier?: AccountTier;
  /** Limits by scope, replacing the documented ones (`{ 'text:MiniMax-M2.7': { rpm: 500, tpm: 20_000_000 } }`). */
  limits?: Record<string, Limits>;
  /** The Token Plan's quotas, for `sk-cp-` keys. */
  plan?: PlanLimits;
  /** What the limits belong to: the API key or account. Keys of one account share limits. */
  key?: string;
  /** Where state lives; this process's memory when absent. */
  store?: LimiterStore;
  /** Widens every window for network jitter, in ms; 500 when absent. */
  guardMs?: number;
  /** A CONN lease lapses after this long unless renewed (a crashed holder cannot keep it), in ms; 10 minutes when absent. */
  leaseMs?: number;
  /** Daily quotas reset at midnight at this UTC offset, in minutes; +480 (China) when absent. */
  dayOffsetMinutes?: number;
  /** Multiplies every window and period (a "minute" becomes `60 s × timeScale`): only to simulate hours in seconds; 1 when absent. */
  timeScale?: number;
  /** A waiter's priority grows by 1 for every this-many ms it waits, so nothing starves; 10 s when absent. */
  agingMs?: number;
  /** Budgets in money (`[{ id: 'daily', amount: '5', currency: 'USD', per: 'day' }]`), in the region's currency. */
  budgets?: Budget[];
  /** Whose budgets a demand draws on (a tenant from a header, a user id); the demand's `tenant`, else `default`, when absent. */
  budgetKey?: (demand: Demand) => string;
}

/** Per-call options of `acquire`. */
export interface AcquireOptions {
  /** Cancels the wait; nothing is held afterwards. */
  signal?: AbortSignal | undefined;
  /** Higher goes first; FIFO within a priority. 0 when absent. */
  priority?: number;
}

/** Admission to call MiniMax: settle it to what the call really used, release it when the work ends. */
export interface Lease {
  readonly id: string;
  readonly demand: Demand;
  /** When the store admitted it, on the store's clock (Redis TIME for Redis), epoch ms. */
  readonly admittedAt: number;
  /**
   * The limit it last waited for, as a dimension id (`rpm:text:MiniMax-M2`, `plan:window`,
   * `budget:daily:<tenant>` …); `undefined` when it was let through without waiting.
   */
  readonly waitedOn?: string | undefined;
  /**
   * Replaces the reserved tokens with the actual count, and the reserved worst-case cost with what
   * the call cost (an exact decimal string; `"0"` for a call that failed before it was billed).
   */
  settle(actual: { tokens?: number; cost?: string }): Promise<void>;
  /** Frees the CONN slot; safe to call more than once. */
  release(): Promise<void>;
  /** Keeps the CONN slot for another lease period while a long task runs. */
  renew(): Promise<void>;
}

/** What `tryAcquire` answers. */
export type TryResult = { ok: true; lease: Lease } | { ok: false; retryAfterMs: number; blockedBy: string };

/** The rate limiter. */
export interface Limiter {
  /** Waits (FIFO within priorities) until every limit the demand touches has room, then holds it. */
  acquire(demand: Demand, options?: AcquireOptions): Promise<Lease>;
  /**
   * The synchronous fast path: a lease at once when nobody waits on the demand's limits and the
   * store decides synchronously (memory; Redis from what a claim ahead holds; never the browser
   * store, which decides across tabs),
   * else `undefined`, holding nothing. `limiter.acquireNow(demand) ?? (await limiter.acquire(demand))`
   * admits without a turn of the event loop when it can, and otherwise waits, or is refused with the
   * reason (a demand that can never fit, a budget that refuses). Throws `InvalidDemandError` and
   * `LimiterClosedError` as `acquire` rejects with them.
   */
  acquireNow(demand: Demand): Lease | undefined;
  /** Never waits: a lease now, or when to try again (for edge runtimes). */
  tryAcquire(demand: Demand): Promise<TryResult>;
  /** MiniMax refused anyway (1002, 1039, 1041, 2056, HTTP 429): pauses the whole scope until it frees. */
  reportRejection(
    demand: Demand,
    reason: 'rpm' | 'tpm' | 'conn' | 'plan',
    retryAfterMs?: number,
  ): Promise<void>;
  /** Replaces what a dimension holds with what the server reports. */
  align(dimension: Dimension, used: number, freesInMs: number): Promise<void>;
  /** Re-aligns the Token Plan's window, weekly cap and daily quotas with a `/v1/token_plan/remains` body. */
  syncFromRemains(body: unknown): Promise<void>;
  /**
   * A fetch that limits every MiniMax request it sees (`limitFetch`, with its options: `onRecord` …);
   * the client's `limiter` option uses it.
   */
  wrap(fetch: FetchLike, options?: LimitFetchOptions): FetchLike;
  /** The dimensions of a demand under this limiter's limits. */
  dimensionsOf(demand: Demand): Dimension[];
  /** The last known state, synchronously. */
  snapshot(): LimiterSnapshot;
  /** Reads the state from the store and tells subscribers. */
  refresh(): Promise<LimiterSnapshot>;
  /** Calls `listener` after every change; returns its removal. */
  subscribe(listener: (snapshot: LimiterSnapshot) => void): () => void;
  /**
   * Ends this limiter: rejects every waiting `acquire` with `LimiterClosedError` (as every later
   * `acquire` and `tryAcquire`), clears its timer and its store subscription (for Redis, the
   * pub/sub connection). Leases already held stay valid. Never closes the store, which others may
   * share. Safe to call more than once.
   */
  close(): Promise<void>;
  /** `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
  readonly config: LimitConfig;
  readonly store: LimiterStore;
  readonly key: string;
}
