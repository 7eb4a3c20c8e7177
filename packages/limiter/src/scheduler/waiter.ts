import type { Demand } from '../demand.js';
import type { Draw } from '../demand-draw.js';
import type { Decision, Dimension } from '../state/dimension.js';
import type { Queued } from './wait-queue.js';

/** One `acquire` waiting for room: what it asks for, and how to answer it. */
export interface Waiter extends Queued {
  readonly demand: Demand;
  /** What it draws on; renewed before each decision while the limits can change (peak hours). */
  draw: Draw;
  dims: readonly Dimension[];
  /** The limit (a dimension id) that last made it wait, if one did. */
  blockedBy?: string | undefined;
  /** The lease id the store records the admission under. */
  readonly lease: string;
  /** Hands the caller its lease. */
  admit(decision: Extract<Decision, { ok: true }>): void;
  /** Rejects the caller. */
  fail(error: unknown): void;
}
