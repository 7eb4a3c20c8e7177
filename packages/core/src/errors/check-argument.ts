import { describeValue } from './describe-value.js';
import { InvalidUsageError } from './invalid-usage-error.js';

/** Throws `InvalidUsageError`: `field` is `value`; `use` says what to pass instead. */
export function wrongArgument(field: string, value: unknown, use: string): never {
  throw new InvalidUsageError(field, `is ${describeValue(value)}; ${use}`);
}

/** `value` when it is a string; `InvalidUsageError` naming `field` and what to pass otherwise. */
export function stringArgument(value: unknown, field: string, use: string): string {
  if (typeof value !== 'string') wrongArgument(field, value, use);
  return value;
}

/** `value` when it is an object (not null, not an array); `InvalidUsageError` otherwise. */
export function objectArgument<T extends object>(value: T, field: string, use: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) wrongArgument(field, value, use);
  return value;
}

/** `value` when it is a URL string or a `URL` (anything with a string `pathname`); `InvalidUsageError` otherwise. */
export function urlArgument(value: unknown, field: string): string | URL {
  const isUrl =
    typeof value === 'string'
      ? URL.canParse(value, 'http://localhost')
      : typeof (value as URL | null)?.pathname === 'string';
  if (!isUrl)
    wrongArgument(
      field,
      value,
      'pass a URL or its text, such as "https://api.minimax.io/v1/chat/completions"',
    );
  return value as string | URL;
}

/** The epoch milliseconds of a valid `Date` or a finite number; `InvalidUsageError` otherwise. */
export function timeArgument(value: unknown, field: string): number {
  const time = value instanceof Date ? value.getTime() : value;
  if (typeof time !== 'number' || !Number.isFinite(time))
    wrongArgument(field, value, 'use a Date or epoch milliseconds');
  return time;
}
