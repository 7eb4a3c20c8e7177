import {
  type CallCost,
  parseExactJson,
  type SseEvent,
  SseParser,
  type StreamObserver,
} from '@minimax-kit/core';
import { checkSignal } from '../config/check-call-options.js';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { errorFor, readEnvelope } from '../errors/from-response.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { Redactor } from '../security/redactor.js';
import { bodyDeadlinesOf, endBodyDeadlines } from '../transport/body-deadline.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import { releaseBody } from './release-body.js';
import { StreamWatch } from './stream-watch.js';

/** How one kind of stream turns events into chunks and a final result. */
export interface StreamReader<Chunk, Final> {
  /** The chunks an event yields (none for bookkeeping events). */
  read(event: SseEvent, json: unknown): Chunk[];
  /** Whether the stream has reached its documented end. */
  readonly finished: boolean;
  result(): Final;
  /** What MiniMax reported using, shaped like an answer (`{ usage }`, `{ extra_info }`), for pricing. */
  reported?(): unknown;
}

/** How a stream is read: see `streamIdleTimeout` and `maxEventBytes` of the client's options. */
export interface StreamSettings {
  /** A stream that sends no event for this long fails; 0 for no limit. Comments do not count. */
  idleMs: number;
  maxEventBytes: number;
  redact: Pick<Redactor, 'text' | 'error'>;
  /** Prices the stream from what it reported; `final().cost` says it is not priced when absent. */
  cost?: (reported: unknown) => CallCost;
  /** The telemetry of the call whose response this is, if any. */
  observe?: (response: Response) => StreamObserver | undefined;
}

const notPriced: CallCost = { priced: false, reason: 'This stream was opened without a way to price it.' };

/**
 * A streamed MiniMax answer: iterate it with `for await`; `break` aborts the request. `final()`
 * reads what is left and returns the aggregate, carrying `traceId` and `response` like every other
 * result. A stream without events for the idle timeout fails, and so does one past the call's total
 * deadline; one that ends before its documented end fails with `ConnectionError`.
 */
export class EventStream<Chunk, Final extends object> implements AsyncIterable<Chunk> {
  /** Aborts the request. */
  readonly controller = new AbortController();
  /** The response, once its headers arrive. */
  readonly response: Promise<Response>;
  #reader: StreamReader<Chunk, Final>;
  #settings: StreamSettings;
  #started = false;
  #completion: Promise<WithMeta<Final>> | undefined;
  #traceId: string | undefined;

  constructor(
    open: (signal: AbortSignal) => Promise<Response>,
    reader: StreamReader<Chunk, Final>,
    settings: StreamSettings,
    given?: AbortSignal,
  ) {
    const signal = checkSignal(given);
    if (signal) {
      if (signal.aborted) this.controller.abort(signal.reason);
      else signal.addEventListener('abort', () => this.controller.abort(signal.reason), { once: true });
    }
    this.response = open(this.controller.signal);
    this.response.catch(() => {}); // surfaced when iterated
    this.#reader = reader;
    this.#settings = settings;
  }

  /** The `Trace-Id` of the response, once it has arrived. */
  get traceId(): string | undefined {
    return this.#traceId;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Chunk> {
    if (this.#started) throw new MiniMaxError('A stream can be read once; keep its chunks or use final().');
    this.#started = true;
    const response = await this.response;
    this.#traceId = response.headers.get('trace-id') ?? undefined;
    const traceId = this.#traceId;
    const { idleMs, maxEventBytes, redact } = this.#settings;
    const observer = this.#settings.observe?.(response);
    // The body is read here and decoded by core's SSE parser as it comes: a chunk is one read, with
    // no stream in between (a TransformStream costs a step per chunk), and the deadlines are
    // watched once per stream, not per read.
    const reader = (response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() })).getReader();
    const watch = new StreamWatch(reader, {
      idleMs,
      idle: () =>
        new TimeoutError(`The stream sent no event for ${idleMs} ms.`, { phase: 'stream-idle', traceId }),
      signals: [this.controller.signal, ...bodyDeadlinesOf(response).map((kept) => kept.signal)],
    });
    const parser = new SseParser({
      maxEventBytes,
      tooLarge: (limit) => new ResponseTooLargeError('A stream event', limit, 'maxEventBytes', { traceId }),
    });
    const events: SseEvent[] = [];
    const take = (event: SseEvent) => events.push(event);
    try {
      let fresh = true; // an event came since the last read: silence counts from the next one
      for (let ended = false; !ended; ) {
        watch.waiting(fresh);
        const { done, value } = await reader.read();
        watch.read();
        if (watch.failed) throw watch.failure;
        events.length = 0;
        if (done) {
          parser.end(take);
          ended = true;
        } else parser.push(value, take);
        fresh = events.length > 0;
        for (const event of events) {
          if (watch.failed) throw watch.failure; // aborted while the consumer had the last chunk
          if (event.data === '[DONE]') {
            ended = true;
            break;
          }
          let json: unknown;
          try {
            json = parseExactJson(event.data);
          } catch {
            throw new ConnectionError('The stream carried an event that is not JSON; it was cut mid-event.', {
              traceId,
              retryable: true,
            });
          }
          const envelope = readEnvelope(json);
          if (envelope)
            throw errorFor(envelope, {
              status: response.status,
              headers: response.headers,
              redact: redact.text,
            });
          observer?.event(json);
          yield* this.#reader.read(event, json);
        }
      }
      if (!this.#reader.finished) {
        throw new ConnectionError('The stream ended before MiniMax finished it.', {
          traceId,
          retryable: true,
        });
      }
    } catch (error) {
      observer?.end(undefined, error);
      if (error instanceof MiniMaxError) throw redact.error(error);
      if (this.controller.signal.aborted)
        throw redact.error(new AbortError('The stream was aborted.', { traceId, cause: error }));
      throw redact.error(
        new ConnectionError(`The stream broke: ${(error as Error).message}.`, {
          traceId,
          retryable: true,
          cause: error,
        }),
      );
    } finally {
      // Read to its end, or left early (a break, a return): that aborts the request, and its span.
      observer?.end(
        this.#reader.reported?.(),
        this.#reader.finished ? undefined : new AbortError('The stream was left early.', { traceId }),
      );
      watch.stop();
      endBodyDeadlines(response);
      if (this.#reader.finished && !watch.failed) releaseBody(reader);
      else {
        reader.cancel().catch(() => {});
        // Leaving early (break, return, an error) aborts the request and frees the connection.
        if (!this.#reader.finished)
          this.controller.abort(new DOMException('The stream was left early.', 'AbortError'));
      }
    }
  }

  /** Reads the whole stream and returns the aggregate; after a full `for await`, just the aggregate. */
  final(): Promise<WithMeta<Final>> {
    this.#completion ??= (async () => {
      if (!this.#started) for await (const _ of this);
      if (!this.#reader.finished)
        throw new MiniMaxError(
          'The stream was not read to its end; call final() instead of iterating, or after it.',
        );
      const result = this.#reader.result();
      const cost = this.#settings.cost?.(this.#reader.reported?.() ?? result) ?? notPriced;
      return withMeta(result, await this.response, cost);
    })();
    return this.#completion;
  }
}
