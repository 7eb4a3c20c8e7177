import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';

/** What a count must be: a whole number JavaScript holds exactly (a safe integer ≥ 0). */
export const wholeCount = `a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`;

/**
 * Checks that `value` is a whole, non-negative, safe number of units and returns it; `fallback` when
 * it is absent. Throws `InvalidUsageError` naming the field otherwise — never a silent 0.
 */
export function count(value: unknown, field: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    const got = value === undefined ? 'is missing' : `is ${describeValue(value)}`;
    throw new InvalidUsageError(field, `${got}; it must be ${wholeCount}`);
  }
  return value;
}
