import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** Polling gave up before a job finished. The job may still succeed: resume with `poll(taskId)`. */
export class DeadlineError extends MiniMaxError {
  readonly taskId: string;
  /** The last status seen. */
  readonly status: string | undefined;

  constructor(taskId: string, status: string | undefined, deadlineMs: number, details: ErrorDetails = {}) {
    super(
      `Task ${taskId} was still ${status ?? 'pending'} after ${Math.round(deadlineMs / 1000)} s. Resume later with poll('${taskId}').`,
      { retryable: true, ...details },
    );
    this.name = 'DeadlineError';
    this.taskId = taskId;
    this.status = status;
  }
}
