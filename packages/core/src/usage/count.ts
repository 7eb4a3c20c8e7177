import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';

/**
 * Checks that `value` is a whole, non-negative, safe number of units and returns it; `fallback` when
 * it is absent. Throws `InvalidUsageError` naming the field otherwise — never a silent 0.
 */
export function count(value: unknown, field: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    const got = value === undefined ? 'is missing' : `is ${describeValue(value)}`;
    throw new InvalidUsageError(field, `${got}; it must be a whole number ≥ 0`);
  }
  return value;
}
