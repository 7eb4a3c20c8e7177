import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC day (`YYYY-MM-DD`) a quote is for: a `Date`, epoch milliseconds, or a date / date-time
 * string. Throws `InvalidUsageError` for anything that is not a real date.
 */
export function quoteDay(at: Date | string | number): string {
  const text = typeof at === 'string' && dayPattern.test(at) ? `${at}T00:00:00Z` : at;
  const time =
    at instanceof Date
      ? at.getTime()
      : typeof text === 'number' || typeof text === 'string'
        ? new Date(text).getTime()
        : Number.NaN;
  const day = Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : undefined;
  if (day === undefined || (typeof at === 'string' && dayPattern.test(at) && day !== at)) {
    throw new InvalidUsageError(
      'options.at',
      `is ${describeValue(at)}; use a Date, epoch milliseconds or a date such as "2026-06-01"`,
    );
  }
  return day;
}
