import { type GenAiTelemetry, type Region, regionOfUrl, regions, sleep } from '@minimax-kit/core';
import { checkApiKey } from './config/check-api-key.js';
import { checkBaseURL } from './config/check-base-url.js';
import { numberProblem } from './config/check-number-option.js';
import { checkHeaders, checkOptionKinds, limitedFetch } from './config/check-option-kinds.js';
import { kindOf } from './config/kind-of.js';
import { ConfigurationError } from './errors/configuration-error.js';
import { withAttemptTimeout } from './transport/attempt-timeout.js';

/** A `fetch`: the platform's, the mock's, or one wrapped by a limiter. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Where the client writes what it does. Headers are redacted; the key is never written. */
export interface Logger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

/** Anything that can wrap a fetch to keep calls within limits, such as `@minimax-kit/limiter`. */
export interface FetchWrapper {
  /** A fetch that keeps calls within limits; `telemetry` is the client's, for the limiter's events. */
  wrap(fetch: FetchLike, options?: { telemetry?: GenAiTelemetry | undefined }): FetchLike;
}

/** Options of `createMiniMaxClient`. */
export interface ClientOptions {
  /**
   * The API key, or a function that returns one per request. `MINIMAX_API_KEY` when absent or
   * `undefined` (server runtimes), so `apiKey: process.env.MINIMAX_API_KEY` type-checks under any settings.
   */
  apiKey?: string | (() => string | Promise<string>) | undefined;
  /** `global` (api.minimax.io, the default) or `cn` (api.minimaxi.com). Keys work only in their region. */
  region?: Region;
  /** Overrides the region's host, e.g. a proxy of yours that adds the key server-side. */
  baseURL?: string;
  /** The fetch to call; the global one when absent. */
  fetch?: FetchLike;
  /** Keeps every call within the account's limits (`@minimax-kit/limiter`). */
  limiter?: FetchWrapper;
  /** Retries after a failure that retrying can fix; 2 when absent. Billable jobs are never re-sent blindly. */
  maxRetries?: number;
  /**
   * Per attempt, in ms: until the body is read (a stream: until its headers arrive); 60 s when
   * absent (music and images get longer); 0 for none. At most 2^31 − 1.
   */
  timeout?: number;
  /**
   * The whole call in ms — retries, waiting for a limiter, reading the body and every event of a
   * stream; 10 minutes when absent; 0 for none. At most 2^31 − 1.
   */
  totalTimeout?: number;
  /** A stream that sends no event for this long fails (keep-alive comments do not count), in ms; 30 s when absent; 0 for none. */
  streamIdleTimeout?: number;
  /** The most bytes of an answer the client reads into memory; 100 MB when absent. */
  maxResponseBytes?: number;
  /** The most bytes of one stream line or event; 64 MiB when absent. */
  maxEventBytes?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  logger?: Logger;
  /** The least severe level to log; `warn` when absent. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'off';
  /** Allows a key in a browser, where every visitor can read it. Prefer a proxy (`baseURL`) instead. */
  dangerouslyAllowBrowser?: boolean;
  /** How the client waits between job polls; a timer when absent (tests pass a fake). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Reports every call to OpenTelemetry: `openTelemetry({ trace, metrics })` with the APIs of
   * `@opentelemetry/api`. A GenAI span per call (retries included), and the GenAI metrics.
   */
  telemetry?: GenAiTelemetry | undefined;
}

/** Options with every default filled in. */
export interface ResolvedOptions
  extends Required<
    Pick<
      ClientOptions,
      | 'maxRetries'
      | 'timeout'
      | 'totalTimeout'
      | 'streamIdleTimeout'
      | 'maxResponseBytes'
      | 'maxEventBytes'
      | 'logLevel'
    >
  > {
  /** A checked key, a function to call per request, or `undefined` behind a proxy (`baseURL`). */
  apiKey: string | (() => string | Promise<string>) | undefined;
  baseURL: string;
  /** Whose prices a call's `cost` is in: `region`, else the one `baseURL` names, else `global`. */
  region: Region;
  fetch: FetchLike;
  headers: Record<string, string>;
  logger: Logger | undefined;
  sleep: NonNullable<ClientOptions['sleep']>;
  telemetry: GenAiTelemetry | undefined;
}

const inBrowser = () =>
  typeof (globalThis as { window?: { document?: unknown } }).window?.document !== 'undefined';

const numbers = {
  maxRetries: { max: 100, integer: true },
  timeout: {},
  totalTimeout: {},
  streamIdleTimeout: {},
  maxResponseBytes: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  maxEventBytes: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
} as const;

/** The key: the option, else `MINIMAX_API_KEY` on servers; checked unless it is a function. */
function resolveKey(options: ClientOptions, browser: boolean): ResolvedOptions['apiKey'] {
  if (typeof options.apiKey === 'function') return options.apiKey;
  if (options.apiKey !== undefined) return checkApiKey(options.apiKey, 'apiKey');
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const fromEnv = browser ? undefined : env?.MINIMAX_API_KEY;
  // An empty variable is an unset one (a blank line in a .env file).
  return fromEnv ? checkApiKey(fromEnv, 'MINIMAX_API_KEY') : undefined;
}

/**
 * Fills in defaults and refuses setups that cannot work or would leak the key. A request goes
 * without an Authorization header only when no key is configured at all and `baseURL` names a
 * proxy that adds it.
 */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  checkOptionKinds(options);
  const browser = inBrowser();
  if (options.region !== undefined && !(options.region in regions)) {
    throw new ConfigurationError(`region must be "global" or "cn", not ${kindOf(options.region)}.`);
  }
  for (const [name, range] of Object.entries(numbers)) {
    const value = options[name as keyof typeof numbers];
    const problem = value === undefined ? undefined : numberProblem(value, range);
    if (problem)
      throw new ConfigurationError(`${name} ${problem}${/imeout$/.test(name) ? ' (0 for none)' : ''}.`);
  }
  const apiKey = resolveKey(options, browser);
  if (apiKey === undefined && options.baseURL === undefined) {
    throw new ConfigurationError(
      'Pass apiKey (or set MINIMAX_API_KEY), or the baseURL of a proxy that adds the key.',
    );
  }
  if (apiKey !== undefined && browser && !options.dangerouslyAllowBrowser) {
    throw new ConfigurationError(
      'Refusing to run with an API key in a browser, where every visitor can read it. Call MiniMax through a server-side proxy (baseURL) instead, or pass dangerouslyAllowBrowser: true if the key is not secret.',
    );
  }
  const baseURL =
    options.baseURL === undefined
      ? regions[options.region ?? 'global'].baseURL.replace(/\/+$/, '')
      : checkBaseURL(options.baseURL, browser);
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeout = options.timeout ?? 60_000;
  const { telemetry } = options;
  if (telemetry !== undefined && typeof telemetry?.call !== 'function')
    throw new ConfigurationError(
      "telemetry must come from openTelemetry({ trace, metrics }), with trace and metrics from '@opentelemetry/api'.",
    );
  return {
    apiKey,
    baseURL,
    region: options.region ?? regionOfUrl(baseURL) ?? 'global',
    // The attempt deadline sits inside the limiter: queueing for room is not a slow server.
    fetch: options.limiter
      ? limitedFetch(
          options.limiter.wrap(
            withAttemptTimeout(base, timeout),
            telemetry ? { telemetry: telemetry.forLimiter } : undefined,
          ),
        )
      : withAttemptTimeout(base, timeout),
    maxRetries: options.maxRetries ?? 2,
    timeout,
    totalTimeout: options.totalTimeout ?? 600_000,
    streamIdleTimeout: options.streamIdleTimeout ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 100_000_000,
    maxEventBytes: options.maxEventBytes ?? 64 * 2 ** 20,
    headers: checkHeaders(options.headers),
    logger: options.logger,
    logLevel: options.logLevel ?? 'warn',
    sleep: options.sleep ?? sleep,
    telemetry,
  };
}
