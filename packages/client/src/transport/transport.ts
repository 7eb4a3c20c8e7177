import { type CallCost, costOfCall, stringifyExactJson } from '@minimax-kit/core';
import ky, { isNetworkError, isTimeoutError, type KyInstance, type Options } from 'ky';
import { ConnectionError } from '../errors/connection-error.js';
import { retryAfterMs } from '../errors/from-response.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import type { ResolvedOptions } from '../options.js';
import { createRedactor, type Redactor } from '../security/redactor.js';
import type { StreamSettings } from '../streaming/event-stream.js';
import { tracedSend } from '../telemetry/traced-send.js';
import { attemptTimeoutHeader } from './attempt-timeout.js';
import { authorizer } from './authorize.js';
import { callDeadline } from './call-deadline.js';
import type { Schema } from './check-request.js';
import { createLog } from './client-log.js';
import type { WithMeta } from './meta.js';
import { normalizeError } from './normalize-error.js';
import { parseAnswer, replaceWithRead, wasRead } from './parse-answer.js';
import { type Answer, readAnswer } from './read-answer.js';
import { readCapped } from './read-capped.js';
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

/** A call to price: its method, path and JSON body. */
export type PricedCallInit = Pick<CallInit, 'method' | 'json'> & { path: string };

/** The HTTP layer every resource uses: one configured ky instance. */
export interface Transport {
  readonly options: ResolvedOptions;
  /** Sends a call; resolves with a successful response, or throws a typed `MiniMaxError`. */
  send(path: string, init: CallInit): Promise<Response>;
  /** Sends a call and validates its JSON body; the result carries `traceId` and `response`. */
  json<T extends object>(path: string, init: CallInit, schema: Schema<T>): Promise<WithMeta<T>>;
  /** Reads a response's bytes, up to `maxResponseBytes`, under the call's deadlines; failures are typed. */
  readBody(response: Response): Promise<Uint8Array>;
  /** How streams of this client are read: idle deadline, event cap, redaction, and how `call` is priced. */
  streamSettings(idleMs?: number, call?: PricedCallInit): StreamSettings;
  /** What a call cost, from what its answer reported (core's `costOfCall`, in this client's region). */
  costOf(call: PricedCallInit, answer?: unknown): CallCost;
}

/** Creates the transport: ky configured for MiniMax's retries, deadlines, envelopes and ids. */
export function createTransport(options: ResolvedOptions): Transport {
  const redactor: Redactor = createRedactor();
  const log = createLog(options, redactor);
  const authorize = authorizer(options, redactor);
  const host = URL.canParse(options.baseURL) ? new URL(options.baseURL).host : options.baseURL;

  const api: KyInstance = ky.create({
    prefix: options.baseURL,
    fetch: options.fetch,
    // Attempt deadlines are kept by the fetch itself (see withAttemptTimeout), the total by send.
    timeout: false,
    headers: options.headers,
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
          await authorize(request);
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
          // ky hands this hook a clone; an unread answer stays unread for the caller.
          const job = (callOptions.context as { job?: boolean }).job === true;
          let answer: Answer;
          try {
            answer = await readAnswer(response, {
              maxBytes: options.maxResponseBytes,
              redact: redactor.text,
            });
          } catch (error) {
            // The body stalled past the attempt deadline or broke off: the same as no answer.
            const again = isTimeoutError(error) || (error instanceof ConnectionError && error.retryable);
            if (!again || job || retryCount >= options.maxRetries) throw error;
            log('warn', `↻ retrying ${request.method} ${request.url}: ${(error as Error).message}`, {
              traceId,
            });
            return ky.retry({ code: 'BODY_NOT_READ' });
          }
          if (answer.kind === 'unread') return;
          if (answer.kind === 'read') {
            // Hand the caller the body already read and parsed, instead of a second read and parse.
            return replaceWithRead(response, answer);
          }
          const { error } = answer;
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
          if (!(error instanceof MiniMaxError) && error.name !== 'ForceRetryError') {
            log('warn', `↻ retry ${retryCount} of ${request.method} ${request.url}: ${error.message}`);
          }
        },
      ],
    },
  });

  function costOf(call: PricedCallInit, answer?: unknown): CallCost {
    return costOfCall({
      method: call.method,
      url: call.path,
      body: call.json,
      answer,
      region: options.region,
    });
  }

  async function sendOnce(path: string, init: CallInit): Promise<Response> {
    const job = init.job === true;
    const deadline = callDeadline(options.totalTimeout, `${init.method} ${path}`);
    const signals = [init.signal, deadline.signal].filter((signal) => signal !== undefined);
    const request: Options = {
      method: init.method,
      context: { job },
      retry: {
        shouldRetry: ({ error }) => {
          if (error instanceof MiniMaxError) return false;
          if (isTimeoutError(error)) return !job;
          if (isNetworkError(error)) return !job || provesNotSent(error.cause);
          return undefined;
        },
      },
      ...(init.json === undefined ? {} : { json: init.json }),
      ...(init.form ? { body: init.form } : {}),
      ...(init.query ? { searchParams: init.query } : {}),
      ...(signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
      ...(init.timeout ? { headers: { [attemptTimeoutHeader]: String(init.timeout) } } : {}),
    };
    try {
      const response = await deadline.race(api(path.replace(/^\//, ''), request));
      if (!wasRead(response)) return deadline.cover(response);
      // Already read into memory: nothing left for the deadline to cover.
      deadline.clear();
      return response;
    } catch (error) {
      deadline.clear();
      throw redactor.error(
        normalizeError(error, { method: init.method, path, host, aborted: init.signal?.aborted === true }),
      );
    }
  }

  const { telemetry } = options;
  const send = telemetry ? tracedSend(telemetry, options, sendOnce, costOf) : sendOnce;

  return {
    options,
    send,
    async json<T extends object>(path: string, init: CallInit, schema: Schema<T>) {
      const response = await send(path, init);
      try {
        return parseAnswer(response, schema, (answer) => costOf({ ...init, path }, answer));
      } catch (error) {
        throw redactor.error(error);
      }
    },
    async readBody(response) {
      const traceId = response.headers.get('trace-id') ?? undefined;
      try {
        return await readCapped(response, {
          limit: options.maxResponseBytes,
          option: 'maxResponseBytes',
          details: { traceId },
        });
      } catch (error) {
        const path = new URL(response.url || options.baseURL, 'http://client.invalid').pathname;
        throw redactor.error(normalizeError(error, { method: 'GET', path, host, aborted: false }));
      }
    },
    streamSettings(idleMs = options.streamIdleTimeout, call) {
      const settings: StreamSettings = { idleMs, maxEventBytes: options.maxEventBytes, redact: redactor };
      if (call) settings.cost = (answer) => costOf(call, answer);
      if (telemetry) settings.observe = (response) => telemetry.stream(response, settings.cost);
      return settings;
    },
    costOf,
  };
}
