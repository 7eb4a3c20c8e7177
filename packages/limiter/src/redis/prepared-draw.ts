import type { Dimension } from '../state/dimension.js';
import { bucketed } from './redis-keys.js';

/** What a draw's dimensions are in Redis: bucketed, at amount 0 (what the mirror knows), and their amounts. */
export interface Prepared {
  dims: readonly Dimension[];
  zeros: readonly Dimension[];
  amounts: readonly number[];
  /**
   * Draws of one shape (the same windows, whatever their amounts) share capacity claimed ahead;
   * undefined for a draw that cannot claim: one with a limit other than a sliding window of at
   * most a minute (the Token Plan's are hours), or a bucket too short to outlast a round trip.
   */
  shape: string | undefined;
  /** Its shortest bucket, ms: how long a claim can last at most. */
  bucketMs: number;
}

// The shortest bucket worth claiming ahead in (a claim lasts until its bucket ends), and the
// longest window: a claim never given back (its process gone) counts until it leaves the window.
const claimBucketMs = 10;
const claimWindowMs = 60_000;

const shapeOf = (dims: readonly Dimension[]) =>
  dims.length > 0 &&
  dims.every((d) => d.kind === 'window' && d.bucketMs >= claimBucketMs && d.windowMs <= claimWindowMs)
    ? JSON.stringify(
        dims.map((d) => (d.kind === 'window' ? [d.id, d.limit, d.windowMs, d.guardMs, d.bucketMs] : [])),
      )
    : undefined;

// Worked out once per draw: a limiter's draws are frozen and shared by every lease like them.
const preparedDraws = new WeakMap<readonly Dimension[], Prepared>();
export function preparedOf(demanded: readonly Dimension[]): Prepared {
  const known = preparedDraws.get(demanded);
  if (known) return known;
  const dims = demanded.map(bucketed);
  const prepared = {
    dims,
    zeros: dims.map((d) => ({ ...d, amount: 0 })),
    amounts: dims.map((d) => d.amount),
    shape: shapeOf(dims),
    bucketMs: Math.min(...dims.map((d) => (d.kind === 'window' ? d.bucketMs : 0))),
  };
  if (Object.isFrozen(demanded)) preparedDraws.set(demanded, prepared);
  return prepared;
}
