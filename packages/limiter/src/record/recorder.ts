import type { CallTelemetry, RequestDescription } from '@minimax-kit/core';
import type { Limiter } from '../create-limiter.js';
import type { CallRecord, OnRecord } from './call-record.js';
import { CallTrace } from './call-trace.js';

/** Options of `limitFetch` that report each finished call. */
export interface RecordOptions {
  /** Receives one `CallRecord` per MiniMax call, once, when it ends — failed, aborted and cancelled calls too. */
  onRecord?: OnRecord;
  /** Receives what `onRecord` threw; without it the first throw is written to `console.error`, later ones are dropped. */
  onRecordError?: (error: unknown, record: CallRecord) => void;
}

// The video jobs a recorder saw created, by task id, so the status query that sees one succeed can
// price its clip; bounded, the oldest forgotten first.
const maxJobs = 1000;

/** Follows each MiniMax call through `limitFetch` and reports it once, when it ends. */
export class Recorder {
  readonly jobs = new Map<string, { url: string; body: string | undefined }>();
  readonly limiter: Limiter;
  readonly #options: RecordOptions;
  #warned = false;

  constructor(limiter: Limiter, options: RecordOptions) {
    this.limiter = limiter;
    this.#options = options;
  }

  begin(
    request: Request,
    description: RequestDescription,
    body: string | undefined,
    telemetry: CallTelemetry | undefined,
  ): CallTrace {
    return new CallTrace(this, request, description, body, telemetry);
  }

  remember(taskId: string, job: { url: string; body: string | undefined }): void {
    this.jobs.set(taskId, job);
    if (this.jobs.size > maxJobs) this.jobs.delete(this.jobs.keys().next().value as string);
  }

  emit(record: CallRecord): void {
    const { onRecord } = this.#options;
    if (!onRecord) return;
    const failed = (error: unknown) => {
      const { onRecordError } = this.#options;
      if (onRecordError) {
        try {
          onRecordError(error, record);
        } catch {
          // a broken error handler must not break the call either
        }
      } else if (!this.#warned) {
        this.#warned = true;
        console.error(
          'limitFetch: onRecord threw (the call went on; pass onRecordError to see each):',
          error,
        );
      }
    };
    try {
      Promise.resolve(onRecord(record)).catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}
