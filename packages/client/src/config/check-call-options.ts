import { ValidationError } from '../errors/validation-error.js';
import { kindOf } from './kind-of.js';

/** An AbortSignal from any realm: what the client uses of one. */
const isSignal = (value: unknown): value is AbortSignal =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AbortSignal).aborted === 'boolean' &&
  typeof (value as AbortSignal).addEventListener === 'function' &&
  typeof (value as AbortSignal).removeEventListener === 'function';

/** The problem with a call's `signal`, as a validation issue, or none. */
export function signalIssue(signal: unknown): { path: string; message: string }[] {
  if (signal === undefined || signal === null || isSignal(signal)) return [];
  return [
    {
      path: 'signal',
      message: `must be an AbortSignal (an AbortController's signal, or AbortSignal.timeout(ms)), not ${kindOf(signal)}`,
    },
  ];
}

/**
 * A call's `signal`, checked before anything is sent: a value that is no AbortSignal fails with a
 * `ValidationError` naming it. `null` counts as none.
 */
export function checkSignal(signal: unknown): AbortSignal | undefined {
  const issues = signalIssue(signal);
  if (issues.length > 0) throw new ValidationError('request', issues);
  return (signal as AbortSignal | null) ?? undefined;
}

const none = Object.freeze({});

/**
 * A call's options: `undefined` and `null` are none; anything else but an object (or an
 * AbortSignal, passed where `{ signal }` belongs) fails with a `ValidationError` naming it, before
 * anything is sent.
 */
export function callOptions<T extends object>(options: T | null | undefined): T {
  if (options === undefined || options === null) return none as T;
  // A signal passed in place of the options would otherwise be ignored: no call could be cancelled.
  if (isSignal(options))
    throw new ValidationError('request', [
      { path: 'options', message: 'is an AbortSignal: pass it as { signal }' },
    ]);
  if (typeof options === 'object' && !Array.isArray(options)) return options;
  throw new ValidationError('request', [
    { path: 'options', message: `must be an object such as { signal }, or left out, not ${kindOf(options)}` },
  ]);
}
