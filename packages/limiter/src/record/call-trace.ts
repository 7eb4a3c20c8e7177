import {
  type CallCost,
  type CallTelemetry,
  costOfCall,
  errorCodeOf,
  type Region,
  type RequestDescription,
  regions,
  taskOutcome,
} from '@minimax-kit/core';
import { parseOrUndefined } from '../fetch/read-usage.js';
import type { TapEnd } from '../fetch/tap-events.js';
import { limitLabel } from '../telemetry/limit-label.js';
import { outcomeOf } from '../telemetry/outcome-of.js';
import type { CallEnd, CallRecord } from './call-record.js';
import type { Recorder } from './recorder.js';
import { StreamReport } from './stream-report.js';

const maskedKey = (key: string, secret: string) =>
  secret && key.includes(secret) ? `…${secret.slice(-4)}` : key;

/** One call's trace: what the limiter and the answer said, until it ends. */
export class CallTrace {
  readonly #recorder: Recorder;
  readonly #request: Request;
  readonly #description: RequestDescription;
  readonly #body: string | undefined;
  readonly #startedAt = Date.now();
  readonly #report = new StreamReport();
  readonly #telemetry: CallTelemetry | undefined;
  #admittedAt: number | undefined;
  #answer: unknown;
  #error: unknown;
  #response: Response | undefined;
  #ended = false;
  #taskId: string | undefined;

  constructor(
    recorder: Recorder,
    request: Request,
    description: RequestDescription,
    body: string | undefined,
    telemetry: CallTelemetry | undefined,
  ) {
    this.#recorder = recorder;
    this.#request = request;
    this.#description = description;
    this.#body = body;
    this.#telemetry = telemetry;
  }

  /** The limiter let it through (after waiting for `waitedOn`, if it says). */
  admitted(waitedOn?: string): void {
    this.#admittedAt = Date.now();
    this.#telemetry?.waited(this.#admittedAt - this.#startedAt, waitedOn && limitLabel(waitedOn));
  }

  /** Its answer's headers arrived. */
  answered(response: Response): void {
    this.#response = response;
  }

  /** One event of its stream passed. */
  event(json: unknown): void {
    this.#report.read(json);
    this.#telemetry?.event(json);
  }

  /** It never left: the limiter refused it, or the caller aborted its wait. */
  notAdmitted(error: unknown): void {
    const aborted = this.#request.signal.aborted;
    this.#error = error;
    if (!aborted) this.#telemetry?.rejected(error);
    this.#end(aborted ? 'aborted' : 'not-admitted', this.#free('It was never sent: nothing is charged.'));
  }

  /** The fetch threw: it may have reached MiniMax, which did not answer. */
  failed(error: unknown): void {
    this.#error = error;
    this.#end(this.#request.signal.aborted ? 'aborted' : 'network-error', {
      priced: false,
      reason: 'It ended without an answer: whether MiniMax charged it is unknown.',
    });
  }

  /** Its answer was read: JSON, or `undefined` for none (audio bytes, a file). */
  answer(json: unknown): void {
    const status = this.#response?.status ?? 0;
    const code = errorCodeOf(json);
    const refused = code !== undefined || status >= 400;
    const taskId = (json as { task_id?: unknown } | null)?.task_id;
    const { api, operation } = this.#description;
    this.#answer = json;
    if (!refused && taskId !== undefined) this.#taskId = String(taskId);
    if (!refused && api === 'video' && operation === 'create' && taskId !== undefined)
      this.#recorder.remember(String(taskId), { url: this.#request.url, body: this.#body });
    this.#end(refused ? 'http-error' : 'ok', this.#price(json, refused), code);
  }

  /** Its answer, read from a copy (a status query's, which `limitFetch` hands on unread). */
  answerFrom(response: Response): void {
    response
      .clone()
      .text()
      .then(parseOrUndefined, () => undefined)
      .then((json) => this.answer(json));
  }

  /** Its stream ended: read to the end, broken off, or cancelled by its reader. */
  streamEnded(how: TapEnd): void {
    const answer = this.#report.answer();
    this.#answer = answer;
    const code = this.#report.code;
    const reported = answer.usage !== undefined || answer.extra_info !== undefined;
    const ended: CallEnd =
      code !== undefined
        ? 'http-error'
        : how === 'failed'
          ? 'stream-error'
          : how === 'cancelled' && !reported
            ? 'cancelled'
            : 'ok';
    let cost = this.#price(answer, code !== undefined);
    if (!cost.priced && !reported)
      cost = { ...cost, reason: 'The stream ended before MiniMax reported its usage.' };
    this.#end(ended, cost, code);
  }

  #region(): Region {
    return this.#description.region ?? this.#recorder.limiter.config.region;
  }

  #free(note: string): CallCost {
    return { priced: true, currency: regions[this.#region()].currency, total: '0', lines: [], note };
  }

  #price(answer: unknown, refused: boolean): CallCost {
    const region = this.#region();
    const { taskId } = this.#description;
    const job = taskId === undefined ? undefined : this.#recorder.jobs.get(taskId);
    if (job && !refused) {
      // The query that sees the job end carries the clip's cost (nothing for a failed one).
      const outcome = taskOutcome((answer as { status?: unknown } | null)?.status);
      if (outcome !== 'succeeded' && outcome !== 'failed')
        return this.#free('A status query is free; the video is priced by the one that sees it succeed.');
      this.#recorder.jobs.delete(taskId as string);
      return costOfCall({ method: 'POST', url: job.url, body: job.body, answer, region });
    }
    const { method, url } = this.#request;
    return costOfCall({ method, url, body: this.#body, answer, region, refused });
  }

  #end(ended: CallEnd, cost: CallCost, errorCode?: number): void {
    if (this.#ended) return;
    this.#ended = true;
    const endedAt = Date.now();
    const { limiter } = this.#recorder;
    const d = this.#description;
    const response = this.#response;
    const offset = limiter.config.dayOffsetMinutes * 60_000;
    const secret =
      this.#request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ??
      this.#request.headers.get('x-api-key') ??
      '';
    const traceId = response?.headers.get('trace-id') ?? undefined;
    const taskId = d.taskId ?? this.#taskId;
    const record: CallRecord = {
      startedAt: this.#startedAt,
      endedAt,
      day: new Date(endedAt + offset).toISOString().slice(0, 10),
      key: maskedKey(limiter.key, secret),
      api: d.api,
      operation: d.operation,
      ...(d.scope ? { scope: d.scope } : {}),
      ...(d.model ? { model: d.model } : {}),
      ...(cost.priced && cost.usage ? { usage: cost.usage } : {}),
      cost,
      ...(traceId ? { traceId } : {}),
      ...(response ? { status: response.status } : {}),
      ...(errorCode === undefined ? {} : { errorCode }),
      waitedMs: (this.#admittedAt ?? this.#startedAt) - this.#startedAt,
      tookMs: endedAt - (this.#admittedAt ?? this.#startedAt),
      ended,
      stream: d.stream,
      ...(taskId ? { taskId } : {}),
    };
    this.#recorder.emit(record);
    this.#telemetry?.end(outcomeOf(record, this.#answer, this.#error));
  }
}
