import type { CallCost } from '../cost/cost-of-call.js';
import { type RequestOrder, requestOrder } from '../endpoints/request-order.js';
import { TelemetryOptionsError } from '../errors/telemetry-options-error.js';
import { requestAttributes } from './call-attributes.js';
import { CallSpan, type CallTelemetry } from './call-span.js';
import { createInstruments, type Instruments } from './instruments.js';
import type { MetricsApiLike, SpanLike, TraceApiLike, TracerLike } from './otel-like.js';
import { type SendReading, type StreamObserver, tracedSend } from './traced-send.js';

/** The APIs of `@opentelemetry/api` telemetry goes to: `trace` for spans, `metrics` for metrics. */
export interface OpenTelemetryApis {
  trace?: TraceApiLike | undefined;
  metrics?: MetricsApiLike | undefined;
}

/** One MiniMax call about to start: its request, and who observes it. */
export interface CallStart {
  method: string;
  /** The request's absolute URL. */
  url: string | URL;
  /** The request's JSON body, as text or an object. */
  body?: unknown;
  /** `describeRequest`'s (or `requestOrder`'s) answer for the request, when the caller already has it. */
  description?: RequestOrder;
  /** Token Plan requests the call draws, when a Token Plan (`sk-cp-`) key makes it (`limitFetch` knows). */
  planRequests?: number;
  /**
   * `client` makes the call's span; `limiter` (`limitFetch`) makes one too, unless it runs under a
   * client span, to which it then adds its wait and refusal events (one GenAI span per call).
   */
  by: 'client' | 'limiter';
}

/** Where the client and `limitFetch` report each MiniMax call: made by `openTelemetry`. */
export interface GenAiTelemetry {
  /**
   * Runs `fn` for one call inside the call's span, active while `fn` runs so that spans started
   * within nest under it. An endpoint minimax-kit does not know runs without (`fn(undefined)`).
   */
  call<T>(start: CallStart, fn: (call: CallTelemetry | undefined) => T): T;
  /**
   * Runs `send` as one call (`call`), ending its span with the response: the JSON answer `reading`
   * says was read, the failure, or — for an event stream — with the stream, through `stream`.
   */
  send(start: CallStart, send: () => Promise<Response>, reading: SendReading): Promise<Response>;
  /** The observer that ends the span of a stream `send` answered with; `undefined` for any other. */
  stream(response: Response, price?: (reported: unknown) => CallCost): StreamObserver | undefined;
  /**
   * The same telemetry for a limiter the client wraps (its `limiter` option): the limiter's calls
   * never start a span of their own, even where no context manager links them to the client's.
   */
  readonly forLimiter: GenAiTelemetry;
}

const scope = 'minimax-kit';
const clientKind = 2; // SpanKind.CLIENT
// The spans of client calls, so that limitFetch under one adds to it instead of starting another.
const clientSpans = new WeakSet<SpanLike>();

function check(apis: OpenTelemetryApis): OpenTelemetryApis {
  if (typeof apis !== 'object' || apis === null)
    throw new TelemetryOptionsError('apis', 'no APIs were given');
  const { trace, metrics } = apis;
  if (trace === undefined && metrics === undefined)
    throw new TelemetryOptionsError('apis', 'neither trace nor metrics was given');
  if (
    trace !== undefined &&
    (typeof trace?.getTracer !== 'function' || typeof trace.getActiveSpan !== 'function')
  )
    throw new TelemetryOptionsError('trace', "trace is not @opentelemetry/api's trace API");
  if (metrics !== undefined && typeof metrics?.getMeter !== 'function')
    throw new TelemetryOptionsError('metrics', "metrics is not @opentelemetry/api's metrics API");
  return { trace, metrics };
}

/**
 * Reports every MiniMax call of the client or `limitFetch` to OpenTelemetry: a CLIENT span per
 * call named `{gen_ai.operation.name} {gen_ai.request.model}` with the GenAI conventions'
 * attributes, the cost and its currency, and the limiter's waits and refusals as events; and the
 * GenAI client metrics plus minimax-kit's own. Pass `trace` and `metrics` of `@opentelemetry/api`;
 * a missing one fails here with `TelemetryOptionsError`, and nothing in a call ever throws.
 */
export function openTelemetry(apis: OpenTelemetryApis): GenAiTelemetry {
  const { trace, metrics } = check(apis);
  let tracer: TracerLike | undefined;
  let instruments: Instruments | undefined;
  let ready = false;
  // On the first call, not now: a meter taken before the SDK is registered would stay a no-op.
  const setUp = () => {
    ready = true;
    try {
      tracer = trace?.getTracer(scope);
      instruments = metrics ? createInstruments(metrics.getMeter(scope)) : undefined;
    } catch {
      // A broken SDK leaves the calls untraced, never failed.
    }
  };
  const activeSpan = () => {
    try {
      return trace?.getActiveSpan();
    } catch {
      return undefined;
    }
  };

  const call = <T>(start: CallStart, fn: (call: CallTelemetry | undefined) => T, underClient = false): T => {
    let request: ReturnType<typeof requestAttributes>;
    let description: RequestOrder;
    const plan = start.planRequests ?? 0;
    try {
      description = start.description ?? requestOrder(start.method, start.url, start.body);
      request = requestAttributes(description, new URL(start.url), plan);
      if (!ready) setUp();
    } catch {
      return fn(undefined);
    }
    const facts = { description, metric: request.metric, plan };
    const parent = start.by === 'limiter' ? activeSpan() : undefined;
    const client = parent && clientSpans.has(parent) ? parent : undefined;
    if (client || (underClient && start.by === 'limiter'))
      return fn(new CallSpan(client, instruments, { ...facts, nested: true }));
    const untraced = () => fn(new CallSpan(undefined, instruments, { ...facts, nested: false }));
    if (!tracer) return untraced();
    let ran = false;
    try {
      return tracer.startActiveSpan(
        request.name,
        { kind: clientKind, attributes: request.attributes },
        (span) => {
          ran = true;
          if (start.by === 'client') clientSpans.add(span);
          return fn(new CallSpan(span, instruments, { ...facts, nested: false }));
        },
      );
    } catch (error) {
      if (ran) throw error;
      return untraced();
    }
  };
  const sends = tracedSend(call);
  const underClient: GenAiTelemetry['call'] = (start, fn) => call(start, fn, true);
  const view = (under: boolean): GenAiTelemetry => ({
    call: under ? underClient : call,
    ...sends,
    get forLimiter() {
      return view(true);
    },
  });
  return view(false);
}
