import ky, { isNetworkError, isTimeoutError, type KyInstance, type Options } from 'ky';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { errorFor, readEnvelope, retryAfterMs } from '../errors/from-response.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';
import type { ResolvedOptions } from '../options.js';
import { attemptTimeoutHeader } from './attempt-timeout.js';
import { parseExactJson, stringifyExactJson } from './exact-json.js';
import { type WithMeta, withMeta } from './meta.js';
import { redactHeaders } from './redact.js';
import { provesNotSent, retryAnswered, retryDelay } from './retry-policy.js';

/** One call through the transport. */
export interface CallInit {
  method: 'GET' | 'POST';
  /** A JSON body. */
  json?: unknown;
  /** A multipart body. */
  form?: FormData;
  query?: Record<string, string>;
  /** A billable job creation: never re-sent unless MiniMax provably refused it before starting. */
  job?: boolean;
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, in ms. */
  timeout?: number;
}

/** Something that validates a parsed body (a zod/mini schema fits). */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Turns schema issues into validation issues. */
export const issuesOf = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ValidationIssue[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/** Validates request parameters before anything is sent; a bad one fails here and costs nothing. */
export function checkRequest<T>(schema: Schema<T>, params: unknown): T {
  const result = schema.safeParse(params);
  if (!result.success) throw new ValidationError('request', issuesOf(result.error.issues));
  return result.data;
}

/** The HTTP layer every resource uses: one configured ky instance. */
export interface Transport {
  readonly options: ResolvedOptions;
  /** Sends a call; resolves with a successful response, or throws a typed `MiniMaxError`. */
  send(path: string, init: CallInit): Promise<Response>;
  /** Sends a call and validates its JSON body; the result carries `traceId` and `response`. */
  json<T extends object>(path: string, init: CallInit, schema: Schema<T>): Promise<WithMeta<T>>;
}

const isAttemptTimeout = (error: unknown) =>
  (error as { name?: string } | undefined)?.name === 'TimeoutError' && !isTimeoutError(error);

const levels = { debug: 0, info: 1, warn: 2, error: 3, off: 4 } as const;
const parsedBodies = new WeakMap<Response, unknown>();
const isJson = (response: Response) => /json/i.test(response.headers.get('content-type') ?? '');

/** Creates the transport: ky configured for MiniMax's retries, deadlines, envelopes and ids. */
export function createTransport(options: ResolvedOptions): Transport {
  const log = (
    level: Exclude<keyof typeof levels, 'off'>,
    message: string,
    details?: Record<string, unknown>,
  ) => {
    if (levels[level] >= levels[options.logLevel]) options.logger?.[level]?.(message, details);
  };

  const api: KyInstance = ky.create({
    prefix: options.baseURL,
    fetch: options.fetch,
    // Attempt deadlines are kept by the fetch itself (see withAttemptTimeout); ky keeps the total.
    timeout: false,
    totalTimeout: options.totalTimeout > 0 ? options.totalTimeout : false,
    headers: options.headers,
    parseJson: parseExactJson,
    stringifyJson: stringifyExactJson,
    retry: {
      limit: options.maxRetries,
      methods: ['get', 'post'],
      statusCodes: [],
      retryOnTimeout: true,
      backoffLimit: 8000,
      delay: (attempt) => retryDelay(attempt),
    },
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          const key = typeof options.apiKey === 'function' ? await options.apiKey() : options.apiKey;
          if (key) request.headers.set('authorization', `Bearer ${key}`);
          if (new URL(request.url).pathname.includes('/anthropic/'))
            request.headers.set('anthropic-version', '2023-06-01');
          log('debug', `→ ${request.method} ${request.url}`, { headers: redactHeaders(request.headers) });
        },
      ],
      afterResponse: [
        async ({ request, options: callOptions, response, retryCount }) => {
          const traceId = response.headers.get('trace-id') ?? undefined;
          log('info', `← ${response.status} ${request.method} ${request.url}`, {
            traceId,
            attempt: retryCount + 1,
          });
          const stream = /text\/event-stream/i.test(response.headers.get('content-type') ?? '');
          if (response.ok && (stream || !isJson(response))) return;
          // ky hands this hook a clone; the caller's body stays unread.
          const text = await response.text();
          let body: unknown;
          try {
            body = text === '' ? undefined : parseExactJson(text);
          } catch {
            if (response.ok)
              throw new ValidationError('response', [{ path: '', message: 'the body is not valid JSON' }], {
                traceId,
                retryable: true,
              });
          }
          const envelope = readEnvelope(body);
          if (response.ok && !envelope) {
            // Hand the caller the body already read and parsed, instead of a second read and parse.
            const replacement = new Response(text, response);
            parsedBodies.set(replacement, body);
            return replacement;
          }
          const error = errorFor(envelope, { status: response.status, headers: response.headers, text });
          const job = (callOptions.context as { job?: boolean }).job === true;
          if (retryCount < options.maxRetries && retryAnswered(error, job)) {
            const asked =
              error instanceof RateLimitError ? error.retryAfterMs : retryAfterMs(response.headers);
            const delay = retryDelay(retryCount + 1, asked);
            log('warn', `↻ retrying ${request.method} ${request.url} in ${delay} ms: ${error.message}`, {
              traceId,
            });
            return ky.retry({ delay, code: String(error.code ?? response.status) });
          }
          throw error;
        },
      ],
      beforeRetry: [
        ({ request, error, retryCount }) => {
          if (!(error instanceof MiniMaxError) && !('code' in error && error.name === 'ForceRetryError')) {
            log('warn', `↻ retry ${retryCount} of ${request.method} ${request.url}: ${error.message}`);
          }
        },
      ],
      beforeError: [
        ({ error, request }) => {
          if (error instanceof MiniMaxError) return error;
          if (isTimeoutError(error)) {
            return new TimeoutError(
              `No response from ${request.method} ${new URL(request.url).pathname} in time.`,
              { phase: 'attempt' },
            );
          }
          if (isNetworkError(error)) {
            return new ConnectionError(
              `Could not reach MiniMax (${new URL(request.url).host}): ${String((error.cause as Error | undefined)?.message ?? error.message)}.`,
              {
                retryable: true,
                cause: error.cause,
              },
            );
          }
          if ((error as { name?: string }).name === 'AbortError')
            return new AbortError('The call was aborted.', { cause: error });
          return error;
        },
      ],
    },
  });

  async function send(path: string, init: CallInit): Promise<Response> {
    const job = init.job === true;
    const request: Options = {
      method: init.method,
      context: { job },
      retry: {
        shouldRetry: ({ error }) => {
          if (isTimeoutError(error) || isAttemptTimeout(error)) return !job;
          if (isNetworkError(error)) return !job || provesNotSent(error.cause);
          return undefined;
        },
      },
      ...(init.json === undefined ? {} : { json: init.json }),
      ...(init.form ? { body: init.form } : {}),
      ...(init.query ? { searchParams: init.query } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
      ...(init.timeout ? { headers: { [attemptTimeoutHeader]: String(init.timeout) } } : {}),
    };
    try {
      return await api(path.replace(/^\//, ''), request);
    } catch (error) {
      if (init.signal?.aborted && !(error instanceof AbortError))
        throw new AbortError('The call was aborted.', { cause: error });
      throw error;
    }
  }

  return {
    options,
    send,
    async json<T extends object>(path: string, init: CallInit, schema: Schema<T>) {
      const response = await send(path, init);
      const body = parsedBodies.has(response)
        ? parsedBodies.get(response)
        : parseExactJson(await response.text());
      const result = schema.safeParse(body);
      const traceId = response.headers.get('trace-id') ?? undefined;
      if (!result.success) throw new ValidationError('response', issuesOf(result.error.issues), { traceId });
      return withMeta(result.data, response);
    },
  };
}
