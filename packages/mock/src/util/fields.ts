import { invalidParams } from '../http/mock-api-error.js';

type Body = Record<string, unknown>;

/** A string field; `undefined` when absent and optional. Fails with 2013 otherwise. */
export function stringField(
  body: Body,
  field: string,
  options: { required?: boolean; max?: number; min?: number } = {},
) {
  const value = body[field];
  if (value === undefined || value === null) {
    if (options.required) invalidParams(`${field} is required`);
    return undefined;
  }
  if (typeof value !== 'string') invalidParams(`${field} must be a string`);
  const length = [...value].length;
  if (options.min !== undefined && length < options.min)
    invalidParams(`${field} must be at least ${options.min} characters`);
  if (options.max !== undefined && length > options.max)
    invalidParams(`${field} must be at most ${options.max} characters`);
  return value;
}

/** A number field within `[min, max]` (exclusive bounds where `above` / `below` are set). */
export function numberField(
  body: Body,
  field: string,
  options: { min?: number; max?: number; above?: number; integer?: boolean; required?: boolean } = {},
): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    if (options.required) invalidParams(`${field} is required`);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) invalidParams(`${field} must be a number`);
  if (options.integer && !Number.isInteger(value)) invalidParams(`${field} must be an integer`);
  if (options.min !== undefined && value < options.min) invalidParams(`${field} must be ≥ ${options.min}`);
  if (options.max !== undefined && value > options.max) invalidParams(`${field} must be ≤ ${options.max}`);
  if (options.above !== undefined && value <= options.above)
    invalidParams(`${field} must be > ${options.above}`);
  return value;
}

/** A field that must be one of `values` when present. */
export function oneOf<T extends string | number>(
  body: Body,
  field: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (!values.includes(value as T)) invalidParams(`${field} must be one of ${values.join(', ')}`);
  return value as T;
}

/** A nested object field (`voice_setting`, `audio_setting` …); `{}` when absent. */
export function objectField(body: Body, field: string): Body {
  const value = body[field];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) invalidParams(`${field} must be an object`);
  return value as Body;
}
