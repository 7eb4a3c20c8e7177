import type { CallCost } from '../cost/cost-of-call.js';
import type { CallTelemetry } from './call-span.js';
import type { CallStart } from './open-telemetry.js';

/** Follows one stream for telemetry: each event's JSON, then its end (usage reported, or an error). */
export interface StreamObserver {
  event(json: unknown): void;
  end(reported: unknown, error?: unknown): void;
}

/** How a sender's answers are read: the JSON it already read from a response, and its price. */
export interface SendReading {
  /** The JSON read from the response, `{ json }`; `undefined` for a body left unread (a stream, bytes). */
  answer(response: Response): { json: unknown } | undefined;
  price(answer: unknown): CallCost;
}

type Call = <T>(start: CallStart, fn: (call: CallTelemetry | undefined) => T) => T;

const traceIdOf = (from: { headers?: Headers; traceId?: unknown } | undefined) => {
  const traceId = from?.headers?.get?.('trace-id') ?? from?.traceId;
  return typeof traceId === 'string' && traceId !== '' ? { traceId } : {};
};

/**
 * Telemetry for a sender that resolves with a `Response` (the client's transport): the call's span
 * ends with the JSON answer read, the failure, or — for an event stream — with the stream.
 */
export function tracedSend(call: Call) {
  const streams = new WeakMap<Response, CallTelemetry>();
  return {
    send(start: CallStart, send: () => Promise<Response>, reading: SendReading): Promise<Response> {
      return call(start, async (telemetry) => {
        if (!telemetry) return send();
        let response: Response;
        try {
          response = await send();
        } catch (error) {
          telemetry.end({ error, ...traceIdOf(error as { traceId?: unknown }) });
          throw error;
        }
        const answered = { status: response.status, ...traceIdOf(response) };
        const read = reading.answer(response);
        if (read) telemetry.end({ ...answered, answer: read.json, cost: reading.price(read.json) });
        else if (/event-stream/i.test(response.headers.get('content-type') ?? ''))
          streams.set(response, telemetry);
        else telemetry.end(answered); // audio or a file: its bytes are the caller's to read
        return response;
      });
    },
    stream(response: Response, price?: (reported: unknown) => CallCost): StreamObserver | undefined {
      const telemetry = streams.get(response);
      if (!telemetry) return undefined;
      streams.delete(response);
      const answered = { status: response.status, ...traceIdOf(response) };
      return {
        event: (json) => telemetry.event(json),
        end: (reported, error) =>
          telemetry.end(
            error === undefined
              ? { ...answered, reported, ...(price ? { cost: price(reported) } : {}) }
              : { ...answered, error },
          ),
      };
    },
  };
}
