/**
 * One limited quantity a request draws on, as a store checks it. Every store (memory, browser,
 * Redis) implements the same four kinds, so a demand means the same everywhere.
 *
 * - `window`: at most `limit` in any span of `windowMs` (+ `guardMs`); a sliding log, merged into
 *   `bucketMs` buckets for long windows (a bucket counts until its end leaves the window), and
 *   merged per instant unless its entries are settled later (`settles`).
 * - `anchored`: a window that starts at first use and resets `windowMs` later.
 * - `period`: calendar periods of `periodMs` aligned at `alignMs` (a day from midnight China time).
 * - `conn`: at most `limit` leases held at once; a lease expires after `leaseMs` unless renewed.
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
  | { id: string; kind: 'conn'; limit: number; amount: number; leaseMs: number };

/** A store's answer to an acquire. */
export type Decision =
  /** `at`: when the store admitted it, on the store's clock (Redis TIME for Redis). */
  | { ok: true; at?: number }
  /** `retryAfterMs` is when the blocking dimension frees enough, if nothing else changes (`Infinity`: never). */
  | { ok: false; retryAfterMs: number; blockedBy: string };
