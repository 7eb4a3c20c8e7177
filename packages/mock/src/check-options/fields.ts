import { badOption, kindOf, MockOptionsError } from '../http/mock-options-error.js';

/** A plain object (not an array or null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object at `option`, `undefined` when absent; anything else is refused (a string unquoted: it may be a key). */
export function recordAt(
  option: string,
  value: unknown,
  expected: string,
): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw new MockOptionsError(option, `is ${kindOf(value)}`, expected);
  return value;
}

/** Refuses fields the mock would silently ignore (a typo such as `RPM` for `rpm`). */
export function onlyFields(option: string, value: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of Object.keys(value)) {
    if (!fields.includes(field))
      badOption(`${option}.${field}`, value[field], `only ${fields.join(', ')} in ${option}`);
  }
}

/** A number `ok` accepts, or absent. */
export function numberAt(
  option: string,
  value: unknown,
  ok: (value: number) => boolean,
  expected: string,
): void {
  if (value !== undefined && (typeof value !== 'number' || !ok(value))) badOption(option, value, expected);
}

/** One of `values`, or absent. */
export function choiceAt(option: string, value: unknown, values: readonly (string | number)[]): void {
  if (value !== undefined && !values.includes(value as string))
    badOption(option, value, values.map((entry) => JSON.stringify(entry)).join(' or '));
}

export const atLeastZero = (value: number) => Number.isFinite(value) && value >= 0;
export const wholeAtLeastZero = (value: number) => Number.isSafeInteger(value) && value >= 0;
export const ms = 'a number of milliseconds ≥ 0';
