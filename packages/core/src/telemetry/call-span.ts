import type { CallCost } from '../cost/cost-of-call.js';
import { reportedUsage } from '../cost/reported-usage.js';
import type { RequestOrder } from '../endpoints/request-order.js';
import { costAttributes, errorType, tokenAttributes } from './call-attributes.js';
import type { Instruments } from './instruments.js';
import type { Attributes, SpanLike } from './otel-like.js';
import { ResponseFacts } from './response-facts.js';
import { telemetryNames as n } from './telemetry-names.js';

/** How a call ended, as the client or `limitFetch` saw it. */
export interface CallOutcome {
  /** The answer's HTTP status. */
  status?: number;
  /** The answer's `Trace-Id`. */
  traceId?: string;
  /** The JSON answer, when there was one (a stream's events go to `event` instead). */
  answer?: unknown;
  /** What the call cost (core's `costOfCall`); a stream's is priced from the usage it reported. */
  cost?: CallCost;
  /** The usage an answer reported, for the token counts of a call that could not be priced. */
  reported?: unknown;
  /** What the call failed with. */
  error?: unknown;
  /** The MiniMax error code an answer carried. */
  code?: number;
  /** More attributes of the caller's own (`minimax_kit.*`). */
  attributes?: Attributes;
}

/** One call's telemetry, from the moment it starts until it ends. Nothing in it ever throws. */
export interface CallTelemetry {
  /** One event of the call's stream passed. */
  event(json: unknown): void;
  /** The limiter let the call through after holding it `ms` milliseconds, last for `limit` if it says. */
  waited(ms: number, limit?: string): void;
  /** The limiter refused the call before it was sent. */
  rejected(error: unknown): void;
  /** The call ended; only the first end counts. */
  end(outcome: CallOutcome): void;
}

const safely = (work: () => void) => {
  try {
    work();
  } catch {
    // Telemetry never breaks a call.
  }
};
const seconds = (from: number) => (performance.now() - from) / 1000;
const errorStatus = 2; // SpanStatusCode.ERROR

/** A call's span (its own, or, for `limitFetch` under the client, the client's) and its metrics. */
export class CallSpan implements CallTelemetry {
  readonly #span: SpanLike | undefined;
  readonly #instruments: Instruments | undefined;
  readonly #description: RequestOrder;
  readonly #metric: Attributes;
  readonly #nested: boolean;
  readonly #plan: number;
  readonly #facts = new ResponseFacts();
  readonly #startedAt = performance.now();
  #sentAt = this.#startedAt;
  #firstChunk: number | undefined;
  #ended = false;

  constructor(
    span: SpanLike | undefined,
    instruments: Instruments | undefined,
    call: { description: RequestOrder; metric: Attributes; nested: boolean; plan: number },
  ) {
    this.#span = span;
    this.#instruments = instruments;
    this.#description = call.description;
    this.#metric = call.metric;
    this.#nested = call.nested;
    this.#plan = call.plan;
  }

  event(json: unknown): void {
    if (this.#nested || this.#ended) return;
    this.#firstChunk ??= seconds(this.#sentAt);
    safely(() => this.#facts.read(json));
  }

  waited(ms: number, limit?: string): void {
    this.#sentAt = performance.now();
    const scope = this.#description.scope;
    const why = { ...(scope ? { [n.scope]: scope } : {}), ...(limit ? { [n.waitedOn]: limit } : {}) };
    safely(() => {
      this.#span?.addEvent(n.waitEvent, { [n.waitedMs]: ms, ...why });
      // Under the client's span, the plan requests the limiter knows become the client's.
      if (this.#nested && this.#plan > 0) this.#span?.setAttributes({ [n.planRequests]: this.#plan });
      this.#instruments?.wait.record(ms / 1000, { ...this.#metric, ...why });
      if (this.#plan > 0) this.#instruments?.plan.add(this.#plan, this.#metric);
    });
  }

  rejected(error: unknown): void {
    const type = errorType(error);
    safely(() => {
      this.#span?.addEvent(n.rejectedEvent, { [n.errorType]: type });
      this.#instruments?.rejections.add(1, { ...this.#metric, [n.errorType]: type });
    });
  }

  end(outcome: CallOutcome): void {
    if (this.#ended) return;
    this.#ended = true;
    if (this.#nested) return; // the client's span is the client's to end
    safely(() => this.#finish(outcome));
    safely(() => this.#span?.end());
  }

  #finish(outcome: CallOutcome): void {
    const { status, traceId, answer, cost, error, code } = outcome;
    if (answer !== undefined) this.#facts.read(answer);
    const failed = error !== undefined || code !== undefined || (status ?? 0) >= 400;
    const type = failed ? errorType(error, { ...(status ? { status } : {}), ...(code ? { code } : {}) }) : '';
    const usage =
      cost?.priced && cost.usage
        ? cost.usage
        : failed
          ? undefined
          : reportedUsage(this.#description, outcome.reported ?? answer);
    const tokens = tokenAttributes(usage);
    const span = this.#span;
    if (span) {
      span.setAttributes({
        ...this.#facts.attributes(),
        ...tokens,
        ...costAttributes(cost),
        ...(this.#firstChunk === undefined ? {} : { [n.timeToFirstChunk]: this.#firstChunk }),
        ...(traceId ? { [n.traceId]: traceId } : {}),
        ...(failed ? { [n.errorType]: type } : {}),
        ...outcome.attributes,
      });
      if (failed) {
        // Only minimax-kit's own errors (typed, with a `code`, the key redacted) lend their message.
        const own = error instanceof Error && 'code' in error;
        span.setStatus({ code: errorStatus, message: own ? error.message : type });
      }
    }
    this.#record(failed ? type : undefined, tokens, cost);
  }

  #record(type: string | undefined, tokens: Attributes, cost: CallCost | undefined): void {
    const instruments = this.#instruments;
    if (!instruments) return;
    const model = this.#facts.model;
    const metric = { ...this.#metric, ...(model ? { [n.responseModel]: model } : {}) };
    instruments.duration.record(seconds(this.#startedAt), type ? { ...metric, [n.errorType]: type } : metric);
    const input = tokens[n.inputTokens];
    const output = tokens[n.outputTokens];
    if (typeof input === 'number') instruments.tokens.record(input, { ...metric, [n.tokenType]: 'input' });
    if (typeof output === 'number') instruments.tokens.record(output, { ...metric, [n.tokenType]: 'output' });
    if (cost?.priced && cost.total !== '0')
      instruments.cost.add(Number(cost.total), { ...metric, [n.costCurrency]: cost.currency });
  }
}
