import { LimiterOptionsError } from './errors/limiter-options-error.js';
import { maxTimerMs } from './scheduler/wake-timer.js';

/** Whether a number option's value is one the limiter can work with. */
export type Check = (value: number) => boolean;
export const atLeastZero: Check = (value) => Number.isFinite(value) && value >= 0;
export const positive: Check = (value) => Number.isFinite(value) && value > 0;
/** A delay a timer can wait as given: more than 0, at most 2³¹ − 1 ms. */
export const timerDelay: Check = (value) => positive(value) && value <= maxTimerMs;

/** A number option's value, or `fallback` when absent; anything `ok` refuses is a `LimiterOptionsError`. */
export function numberOption(
  option: string,
  value: unknown,
  fallback: number,
  ok: Check,
  expected: string,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !ok(value)) throw new LimiterOptionsError(option, value, expected);
  return value;
}

/** Refuses an option `known` does not name (a typo such as `regoin` would otherwise go unnoticed). */
export function checkKnown(options: object, known: ReadonlySet<string>, of: string): void {
  for (const [name, value] of Object.entries(options))
    if (!known.has(name) && value !== undefined)
      throw new LimiterOptionsError(name, value, `one of ${of}'s options (${[...known].join(', ')})`);
}
