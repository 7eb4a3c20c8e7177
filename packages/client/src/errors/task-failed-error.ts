import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** An asynchronous job (video, long-text speech) ended in `Fail`, `Failed` or `Expired`. */
export class TaskFailedError extends MiniMaxError {
  readonly taskId: string;
  readonly status: string;

  constructor(taskId: string, status: string, details: ErrorDetails = {}) {
    super(
      `Task ${taskId} ended with status ${status}. Create it again; it is not retried automatically.`,
      details,
    );
    this.name = 'TaskFailedError';
    this.taskId = taskId;
    this.status = status;
  }
}
