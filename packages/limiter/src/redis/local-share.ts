import { countsUntil } from '../state/budget-period.js';
import type { Dimension } from '../state/dimension.js';

/** When what was held at `from` has certainly gone from `d`. */
function horizon(d: Dimension, from: number): number {
  switch (d.kind) {
    case 'window':
      return from + d.windowMs + d.guardMs + Math.max(d.bucketMs, 0);
    case 'anchored':
      return from + d.windowMs + d.guardMs;
    case 'conn':
      return from + d.leaseMs;
    case 'period':
      return Math.floor((from - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs + d.periodMs;
    case 'budget':
      return countsUntil(d, from);
  }
}

/**
 * The limits one process keeps to while Redis is away or recovering: its `share` of what was free
 * at its last answer from Redis (`seen`: what every process together held then), and of the whole
 * limit once everything held then has gone. A limit never seen from Redis counts as full until then.
 */
export function localShare(
  dims: readonly Dimension[],
  seen: Readonly<Record<string, number>>,
  lostAt: number,
  at: number,
  share: number,
): Dimension[] {
  return dims.map((d) => {
    const held = at < horizon(d, lostAt) ? (seen[d.id] ?? d.limit) : 0;
    return { ...d, limit: Math.floor(Math.max(0, d.limit - held) * share) };
  });
}
