import type { Decision, Dimension } from '../state/dimension.js';

declare global {
  // What `close()`'s alias `[Symbol.asyncDispose]` (for `await using`) is keyed by. Node ≥ 20 and
  // current browsers have it; TypeScript's libs before `esnext.disposable` do not declare it.
  interface SymbolConstructor {
    readonly asyncDispose: unique symbol;
  }
}

/** What a dimension holds: use against limit, and when it next frees (epoch ms). */
export interface DimensionUsage {
  used: number;
  limit: number;
  freesAt: number | undefined;
  /** Closed after MiniMax refused a request anyway, until this time. */
  pausedUntil?: number;
  /** Budgets: how much of `used` is reserved by calls not yet settled (the rest is spent). */
  reserved?: number;
  /** Calendar budgets: when the current period ends, epoch ms. */
  resetsAt?: number;
}

/** One admission `acquireMany` decides: its dimensions and the lease it is recorded under. */
export interface AcquireRequest {
  dims: readonly Dimension[];
  lease: string;
}

/**
 * Where a limiter keeps its state. Every call is one atomic step and answers asynchronously, so a
 * remote store (Redis) can decide for many processes at once and the limiter treats every store
 * alike; a local store may also offer `peek` for synchronous snapshots.
 */
export interface LimiterStore {
  /** Checks every dimension and records all of them for `lease`, or none. */
  acquire(key: string, dims: readonly Dimension[], lease: string): Promise<Decision>;
  /**
   * `acquire`, answered synchronously: only stores whose state is at hand and needs no lock (memory).
   * The limiter decides through it when present, so a local decision costs no promise. Make it
   * non-enumerable, so that a wrapper spreading the store (`{ ...store, acquire }`) is not bypassed.
   */
  acquireNow?(key: string, dims: readonly Dimension[], lease: string): Decision;
  /**
   * Admits at once what needs no lease named — sliding windows only, each with room, none paused —
   * and answers when; `undefined`, having recorded nothing, otherwise (then `acquireNow` or
   * `acquire` decides). Memory offers it beside `acquireNow`; Redis, for what a claim ahead holds.
   * Non-enumerable, like `acquireNow`.
   */
  admitNow?(key: string, dims: readonly Dimension[]): number | undefined;
  /**
   * Decides `requests` in order in one atomic step, FIFO per limit: once one is refused on a limit
   * (a budget aside), the later ones that share any of its limits are not decided (`undefined`).
   * A store that asks a server offers it, so that one round trip decides many waiters; non-enumerable,
   * like `acquireNow`.
   */
  acquireMany?(key: string, requests: readonly AcquireRequest[]): Promise<(Decision | undefined)[]>;
  /**
   * Sets the actual amount of a lease's sliding-window or budget entry (settling a reservation).
   * `admittedAt` is the time its `acquire` answered: a store that merges what one instant records
   * into one entry (memory; Redis, in its mirror) finds the lease's share of a sliding window by it,
   * and without it leaves the reservation standing (too much counted, never too little).
   */
  settle(
    key: string,
    dimension: Dimension,
    lease: string,
    amount: number,
    admittedAt?: number,
  ): Promise<void>;
  /** Frees the CONN slots the lease holds among `dims` (the dimensions it was admitted on). */
  release(key: string, lease: string, dims: readonly Dimension[]): Promise<void>;
  /**
   * `settle` and `release`, done synchronously: only stores whose state is at hand (memory), so a
   * lease settles and frees without a promise of the store's. Used only as the store's own
   * properties (non-enumerable, like `acquireNow`), and both together. Each answers whether it did
   * the write: false tells the lease to call `settle` or `release` instead (the memory store's do
   * when those were replaced on it, as a test spy does).
   */
  settleNow?(key: string, dimension: Dimension, lease: string, amount: number, admittedAt?: number): boolean;
  releaseNow?(key: string, lease: string, dims: readonly Dimension[]): boolean;
  /** Keeps the lease's CONN slots among `dims` for another `ms`. */
  renew(key: string, lease: string, dims: readonly Dimension[], ms: number): Promise<void>;
  /**
   * Moves what `lease` added to the sliding windows among `dims` (RPM, TPM) from its admission
   * (`admittedAt`, the time its `acquire` answered) to the store's now, so that it frees a window
   * after now: `limitFetch` calls it when an answer's headers arrive, since the server counted the
   * request when it arrived, which can be long after the grant. Stores without it leave every grant
   * at its admission time and rely on `guardMs` alone.
   */
  restamp?(key: string, lease: string, dims: readonly Dimension[], admittedAt: number): Promise<void>;
  /** Closes dimensions until `ms` from now (MiniMax refused anyway). */
  pause(key: string, dimensions: readonly string[], ms: number): Promise<void>;
  /** Replaces what a window, span or period holds with what the server reports (Token Plan remains). */
  align(key: string, dimension: Dimension, used: number, freesInMs: number): Promise<void>;
  /** What each dimension holds now. */
  read(key: string, dims: readonly Dimension[]): Promise<Record<string, DimensionUsage>>;
  /** What each dimension holds now, synchronously: only stores whose state is at hand (memory). */
  peek?(key: string, dims: readonly Dimension[]): Record<string, DimensionUsage>;
  /** The store's clock, epoch ms (Redis: its TIME). */
  now(): number;
  /** Tells about changes made elsewhere (other tabs, other processes), so waiters re-check. */
  subscribe?(key: string, listener: () => void): () => void;
}
