/**
 * One limited quantity a request draws on, as a store checks it. Every store (memory, browser,
 * Redis) implements the same five kinds, so a demand means the same everywhere.
 *
 * - `window`: at most `limit` in any span of `windowMs` (+ `guardMs`); a sliding log, merged into
 *   `bucketMs` buckets for long windows (a bucket counts until its end leaves the window), and
 *   merged per instant unless its entries are settled later (`settles`).
 * - `anchored`: a window that starts at first use and resets `windowMs` later.
 * - `period`: calendar periods of `periodMs` aligned at `alignMs` (a day from midnight China time).
 * - `conn`: at most `limit` leases held at once; a lease expires after `leaseMs` unless renewed.
 * - `budget`: money in integer sub-units (see `budgets/money-units.ts`): each lease's amount is a
 *   reservation until settled to what the call cost; it counts until `windowMs` + `guardMs` after it
 *   was reserved (rolling), or until the end of its `period` (calendar).
 */
export type Dimension =
  | {
      id: string;
      kind: 'window';
      limit: number;
      amount: number;
      windowMs: number;
      guardMs: number;
      bucketMs: number;
      /** Keep one entry per lease, so it can be settled later (TPM); otherwise same-instant entries merge. */
      settles?: boolean;
    }
  | { id: string; kind: 'anchored'; limit: number; amount: number; windowMs: number; guardMs: number }
  | { id: string; kind: 'period'; limit: number; amount: number; periodMs: number; alignMs: number }
  | { id: string; kind: 'conn'; limit: number; amount: number; leaseMs: number }
  | BudgetDimension;

/** A budget as a store keeps it: amounts in sub-units of its currency. */
export interface BudgetDimension {
  id: string;
  kind: 'budget';
  limit: number;
  amount: number;
  /** Rolling: how long an amount counts after it was reserved (0 for calendar periods). */
  windowMs: number;
  guardMs: number;
  /** Rolling: amounts merge into buckets this long, each counting until its end leaves (0: per lease). */
  bucketMs: number;
  /** Calendar: periods of `periodMs` aligned at `alignMs`, or (`months`) calendar months at `alignMs`'s offset. */
  period?: { periodMs: number; alignMs: number; months?: boolean };
  /** Refuse at once when it has no room, instead of waiting (`onExceed: 'reject'`). */
  rejects: boolean;
}

/** A store's answer to an acquire. */
export type Decision =
  /** `at`: when the store admitted it, on the store's clock (Redis TIME for Redis). */
  | { ok: true; at?: number }
  /** `retryAfterMs` is when the blocking dimension frees enough, if nothing else changes (`Infinity`: never). */
  | { ok: false; retryAfterMs: number; blockedBy: string };
