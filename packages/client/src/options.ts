import { type Region, regions } from '@minimax-kit/core';
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
  wrap(fetch: FetchLike): FetchLike;
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
  /** Per attempt, until response headers arrive, in ms; 60 s when absent (music and images get longer); 0 for none. */
  timeout?: number;
  /** The whole call including retries and waiting for a limiter, in ms; 10 minutes when absent; 0 for none. */
  totalTimeout?: number;
  /** A stream that sends nothing for this long fails, in ms; 30 s when absent. */
  streamIdleTimeout?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  logger?: Logger;
  /** The least severe level to log; `warn` when absent. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'off';
  /** Allows a key in a browser, where every visitor can read it. Prefer a proxy (`baseURL`) instead. */
  dangerouslyAllowBrowser?: boolean;
  /** How the client waits between job polls; a timer when absent (tests pass a fake). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Options with every default filled in. */
export interface ResolvedOptions
  extends Required<
    Pick<ClientOptions, 'maxRetries' | 'timeout' | 'totalTimeout' | 'streamIdleTimeout' | 'logLevel'>
  > {
  apiKey: ClientOptions['apiKey'];
  baseURL: string;
  fetch: FetchLike;
  headers: Record<string, string>;
  logger: Logger | undefined;
  sleep: NonNullable<ClientOptions['sleep']>;
}

const inBrowser = () =>
  typeof (globalThis as { window?: { document?: unknown } }).window?.document !== 'undefined';

/** Sleeps `ms`, or rejects when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Fills in defaults and refuses setups that cannot work or would leak the key. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const apiKey = options.apiKey ?? (inBrowser() ? undefined : env?.MINIMAX_API_KEY);
  if (options.region !== undefined && !(options.region in regions)) {
    throw new ConfigurationError(`region must be "global" or "cn", not ${JSON.stringify(options.region)}.`);
  }
  if (apiKey === undefined && options.baseURL === undefined) {
    throw new ConfigurationError(
      'Pass apiKey (or set MINIMAX_API_KEY), or the baseURL of a proxy that adds the key.',
    );
  }
  if (apiKey !== undefined && inBrowser() && !options.dangerouslyAllowBrowser) {
    throw new ConfigurationError(
      'Refusing to run with an API key in a browser, where every visitor can read it. Call MiniMax through a server-side proxy (baseURL) instead, or pass dangerouslyAllowBrowser: true if the key is not secret.',
    );
  }
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  for (const [name, value] of Object.entries({
    maxRetries: options.maxRetries,
    timeout: options.timeout,
    totalTimeout: options.totalTimeout,
    streamIdleTimeout: options.streamIdleTimeout,
  })) {
    if (value !== undefined && (!Number.isFinite(value) || value < 0))
      throw new ConfigurationError(`${name} must be a number ≥ 0, not ${value}.`);
  }
  const timeout = options.timeout ?? 60_000;
  return {
    apiKey,
    baseURL: (options.baseURL ?? regions[options.region ?? 'global'].baseURL).replace(/\/+$/, ''),
    // The attempt deadline sits inside the limiter: queueing for room is not a slow server.
    fetch: options.limiter
      ? options.limiter.wrap(withAttemptTimeout(base, timeout))
      : withAttemptTimeout(base, timeout),
    maxRetries: options.maxRetries ?? 2,
    timeout,
    totalTimeout: options.totalTimeout ?? 600_000,
    streamIdleTimeout: options.streamIdleTimeout ?? 30_000,
    headers: options.headers ?? {},
    logger: options.logger,
    logLevel: options.logLevel ?? 'warn',
    sleep: options.sleep ?? abortableSleep,
  };
}
