import { ConfigurationError } from '../errors/configuration-error.js';
import type { ClientOptions, FetchLike } from '../options.js';
import { kindOf } from './kind-of.js';

const logLevels = ['debug', 'info', 'warn', 'error', 'off'];
// Every option of the client: any other name is a typo (`apikey`) that would go unnoticed, and
// could leave the key to MINIMAX_API_KEY.
const known: ReadonlySet<string> = new Set<keyof ClientOptions>([
  'apiKey',
  'region',
  'baseURL',
  'fetch',
  'limiter',
  'maxRetries',
  'timeout',
  'totalTimeout',
  'streamIdleTimeout',
  'maxResponseBytes',
  'maxEventBytes',
  'headers',
  'logger',
  'logLevel',
  'dangerouslyAllowBrowser',
  'sleep',
  'telemetry',
]);
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** Why `logger` cannot be used, or `undefined` when it can. */
function loggerProblem(logger: unknown): string | undefined {
  if (typeof logger !== 'object' || logger === null) return `not ${kindOf(logger)}`;
  const record = logger as Record<string, unknown>;
  const bad = logLevels
    .slice(0, 4)
    .find((level) => record[level] !== undefined && typeof record[level] !== 'function');
  return bad && `its ${bad} is ${kindOf(record[bad])}`;
}

/**
 * Refuses options of the wrong kind when the client is created, each with a `ConfigurationError`
 * that names the option and what to pass — before a wrong `fetch` could fail every call later as
 * a retryable `ConnectionError`. Values are not shown, beyond short words.
 */
export function checkOptionKinds(options: unknown): asserts options is ClientOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new ConfigurationError(
      `The client's options must be an object such as { apiKey: process.env.MINIMAX_API_KEY }, not ${kindOf(options)}.`,
    );
  const { fetch, limiter, logger, logLevel, sleep, dangerouslyAllowBrowser } = options as ClientOptions;
  const fail = (message: string) => {
    throw new ConfigurationError(message);
  };
  for (const [name, value] of Object.entries(options))
    if (!known.has(name) && value !== undefined)
      fail(
        `${/^[A-Za-z]{1,30}$/.test(name) ? name : 'An option name given'} is no option of the client (a typo?); it takes ${[...known].join(', ')}.`,
      );
  if (fetch !== undefined && typeof fetch !== 'function')
    fail(
      `fetch must be a function called like the global fetch, not ${kindOf(fetch)}; leave it out for the global one.`,
    );
  if (limiter !== undefined && typeof (limiter as { wrap?: unknown } | null)?.wrap !== 'function')
    fail(
      `limiter must have a wrap(fetch) method, as createLimiter() of @minimax-kit/limiter has; ${typeof limiter === 'object' && limiter !== null ? 'this one has none' : `not ${kindOf(limiter)}`}.`,
    );
  const problem = logger === undefined ? undefined : loggerProblem(logger);
  if (problem)
    fail(
      `logger must be an object such as console, whose debug, info, warn and error are functions (each optional); ${problem}.`,
    );
  if (logLevel !== undefined && !logLevels.includes(logLevel as string))
    fail(`logLevel must be "debug", "info", "warn", "error" or "off", not ${kindOf(logLevel)}.`);
  if (sleep !== undefined && typeof sleep !== 'function')
    fail(
      `sleep must be a function (ms, signal) => Promise<void>, not ${kindOf(sleep)}; leave it out for a timer.`,
    );
  if (dangerouslyAllowBrowser !== undefined && typeof dangerouslyAllowBrowser !== 'boolean')
    fail(`dangerouslyAllowBrowser must be true or false, not ${kindOf(dangerouslyAllowBrowser)}.`);
}

/** `headers` as given, once it is an object of names and values HTTP can carry. */
export function checkHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined) return {};
  if (!isPlain(headers))
    throw new ConfigurationError(
      `headers must be a plain object of names and values, such as { 'x-team': 'blue' }, not ${headers instanceof Headers ? 'a Headers' : kindOf(headers)}.`,
    );
  try {
    new Headers(headers as Record<string, string>);
  } catch {
    // The platform's message quotes the value, which may be a credential.
    throw new ConfigurationError(
      'headers holds a name or value HTTP does not allow (a line break, a NUL, a character outside Latin-1); the values are not shown.',
    );
  }
  return headers as Record<string, string>;
}

/** The limiter's fetch around `fetch`, once the limiter gave one. */
export function limitedFetch(wrapped: unknown): FetchLike {
  if (typeof wrapped !== 'function')
    throw new ConfigurationError(
      `limiter.wrap(fetch) must return a fetch function, not ${kindOf(wrapped)}; check the limiter.`,
    );
  return wrapped as FetchLike;
}
