import type { BudgetDimension } from './dimension.js';

/** When the calendar period holding `now` ends: a fixed period, or the calendar month at the offset. */
export function periodEnd(period: NonNullable<BudgetDimension['period']>, now: number): number {
  const { periodMs, alignMs, months } = period;
  if (months) {
    // The wall clock at the offset, read as UTC: its next month's first midnight, back on the epoch.
    const local = new Date(now - alignMs);
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) + alignMs;
  }
  return Math.floor((now - alignMs) / periodMs) * periodMs + alignMs + periodMs;
}

/**
 * When an amount reserved at `now` stops counting: a window after its bucket (rolling), or at its
 * period's end; a whole millisecond, rounded up, so Redis names it alike (`<until>:<process>`).
 */
export function countsUntil(d: BudgetDimension, now: number): number {
  if (d.period) return Math.ceil(periodEnd(d.period, now));
  const stamp = d.bucketMs > 0 ? Math.floor(now / d.bucketMs) * d.bucketMs : now;
  return Math.ceil(stamp + d.bucketMs + d.windowMs + d.guardMs);
}
