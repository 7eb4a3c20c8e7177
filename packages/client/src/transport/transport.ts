import { type CallCost, costOfCall, sleep, stringifyExactJson } from '@minimax-kit/core';
import { checkSignal } from '../config/check-call-options.js';
import type { ResolvedOptions } from '../options.js';
import { createRedactor, type Redactor } from '../security/redactor.js';
import type { StreamSettings } from '../streaming/event-stream.js';
import { tracedExchange } from '../telemetry/traced-send.js';
import { type AttemptSettings, attempt } from './attempt.js';
import { attemptTimeoutHeader } from './attempt-timeout.js';
import { authorizer } from './authorize.js';
import { callDeadline } from './call-deadline.js';
import type { Schema } from './check-request.js';
import { createLog } from './client-log.js';
import type { WithMeta } from './meta.js';
import { normalizeError } from './normalize-error.js';
import { parseAnswer, type ReadAnswer, replaceWithRead } from './parse-answer.js';
import { readCapped } from './read-capped.js';
import { redactHeaders } from './redact.js';
import { createRequester, type RequestCall } from './requester.js';
import { retryDelay } from './retry-policy.js';
import { shownOptions, type TransportOptions } from './shown-options.js';

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

/** A call to its end: the response, with its answer when the transport read the body. */
export interface Exchanged {
  response: Response;
  answer?: ReadAnswer;
}

/** The HTTP layer every resource uses: requests, retries, deadlines and answers, configured once. */
export interface Transport {
  /** The client's settings, without the key and with credential headers masked. */
  readonly options: TransportOptions;
  /**
   * Sends a call; resolves with a successful response, or throws a typed `MiniMaxError`. A body
   * left unread (a stream, bytes) is kept to the call's deadlines by `readBody` and by streams;
   * read some other way, by the platform's fetch, which fails it when the call's signal aborts.
   */
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

/** Creates the transport: fetch configured for MiniMax's retries, deadlines, envelopes and ids. */
export function createTransport(options: ResolvedOptions): Transport {
  const redactor: Redactor = createRedactor();
  const log = createLog(options, redactor);
  const authorize = authorizer(options, redactor);
  const host = URL.canParse(options.baseURL) ? new URL(options.baseURL).host : options.baseURL;

  const request = createRequester(options, (headers, url, method) => {
    // The path, without a query: Anthropic-compatible endpoints want their API version.
    if (url.split('?', 1)[0]?.includes('/anthropic/')) headers['anthropic-version'] = '2023-06-01';
    const sending = () => log('debug', `→ ${method} ${url}`, () => ({ headers: redactHeaders(headers) }));
    const authorizing = authorize(headers);
    if (authorizing) return authorizing.then(sending);
    sending();
    return undefined;
  });
  const settings: AttemptSettings = {
    request,
    log,
    maxBytes: options.maxResponseBytes,
    redact: redactor.text,
  };

  function costOf(call: PricedCallInit, answer?: unknown, at?: number): CallCost {
    return costOfCall({
      method: call.method,
      url: call.path,
      body: call.json,
      answer,
      region: options.region,
      ...(at === undefined ? {} : { at }),
    });
  }

  // A call to its end: the response, with its answer when the body was read (a read answer has
  // nothing left for the deadline to cover; an unread body is covered until it is read).
  async function exchangeOnce(path: string, init: CallInit): Promise<Exchanged> {
    const job = init.job === true;
    const what = `${init.method} ${options.baseURL}${path}`;
    const deadline = callDeadline(options.totalTimeout, `${init.method} ${path}`, init.signal);
    try {
      // Built once: every attempt sends the same text.
      const call: RequestCall = {
        method: init.method,
        signal: deadline.signal,
        ...(init.json === undefined ? {} : { body: stringifyExactJson(init.json) }),
        ...(init.form ? { body: init.form } : {}),
        ...(init.query ? { query: init.query } : {}),
        ...(init.timeout ? { headers: { [attemptTimeoutHeader]: String(init.timeout) } } : {}),
      };
      for (let number = 1; ; number++) {
        const outcome = await deadline.race(attempt(settings, path, call, { what, job, number }));
        if ('response' in outcome) {
          if (!outcome.answer) return { response: deadline.cover(outcome.response) };
          deadline.clear();
          return outcome;
        }
        const { error, again, askedMs } = outcome;
        if (!again || number > options.maxRetries) throw error;
        const delay = retryDelay(number, askedMs);
        log('warn', `↻ retrying ${what} in ${delay} ms: ${(error as Error | undefined)?.message}`);
        await sleep(delay, deadline.signal);
      }
    } catch (error) {
      deadline.clear();
      throw redactor.error(
        normalizeError(error, { method: init.method, path, host, aborted: init.signal?.aborted === true }),
      );
    }
  }

  const { telemetry } = options;
  const exchange = telemetry ? tracedExchange(telemetry, options, exchangeOnce, costOf) : exchangeOnce;

  return {
    // The key stays in this function's closures: it is not a property of anything returned.
    options: shownOptions(options, redactor.text),
    async send(path, init) {
      checkSignal(init.signal);
      const { response, answer } = await exchange(path, init);
      return answer ? replaceWithRead(response, answer) : response;
    },
    async json<T extends object>(path: string, init: CallInit, schema: Schema<T>) {
      checkSignal(init.signal);
      const { response, answer } = await exchange(path, init);
      // Priced when `cost` is first read, at the prices of the day the answer came.
      const at = Date.now();
      try {
        return parseAnswer(response, answer, schema, (value) => costOf({ ...init, path }, value, at));
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
    costOf: (call, answer) => costOf(call, answer),
  };
}
