import { taskOutcome } from '@minimax-kit/core';
import { signalIssue } from '../config/check-call-options.js';
import { maxTimerMs, numberProblem } from '../config/check-number-option.js';
import { kindOf } from '../config/kind-of.js';
import { AbortError } from '../errors/abort-error.js';
import { DeadlineError } from '../errors/deadline-error.js';
import { TaskFailedError } from '../errors/task-failed-error.js';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.js';

/** How to wait for an asynchronous job. */
export interface PollOptions {
  /** The first pause between queries, in ms (1 to 2^31 − 1); 5 s when absent. */
  intervalMs?: number;
  /** Pauses grow by half each time up to this, in ms (1 to 2^31 − 1); 15 s when absent. */
  maxIntervalMs?: number;
  /** Give up (with a `DeadlineError` carrying the task id) after this long, in ms (finite, ≥ 0); 15 minutes when absent. */
  deadlineMs?: number;
  signal?: AbortSignal;
  /** Called with every status seen, including ones the client does not know. */
  onProgress?: (status: string) => void;
}

/** One query of a task's status, and the statuses that end it. */
export interface TaskQuery<T> {
  taskId: string;
  query: (signal?: AbortSignal) => Promise<T & { status: string }>;
}

/**
 * Queries a task until it succeeds (resolving with the last answer) or fails (`TaskFailedError`),
 * pausing between queries with a gentle back-off that an abort signal cuts short. Statuses are
 * compared case-insensitively; unknown ones keep the poll going.
 */
export async function pollTask<T>(
  task: TaskQuery<T>,
  options: PollOptions,
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  now: () => number = Date.now,
): Promise<T & { status: string }> {
  const issues: ValidationIssue[] = (['intervalMs', 'maxIntervalMs', 'deadlineMs'] as const).flatMap(
    (path) => {
      const value = options[path];
      const range = path === 'deadlineMs' ? { max: Number.MAX_SAFE_INTEGER } : { min: 1, max: maxTimerMs };
      const message = value === undefined ? undefined : numberProblem(value, range);
      return message ? [{ path, message }] : [];
    },
  );
  issues.push(...signalIssue(options.signal));
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function')
    issues.push({
      path: 'onProgress',
      message: `must be a function (status) => void, not ${kindOf(options.onProgress)}`,
    });
  if (issues.length > 0) throw new ValidationError('request', issues);
  const started = now();
  const deadline = options.deadlineMs ?? 15 * 60_000;
  const maxInterval = options.maxIntervalMs ?? 15_000;
  let interval = options.intervalMs ?? 5000;
  let last: string | undefined;
  // Time passes for real or in the (possibly fake) sleeps, whichever says more.
  let slept = 0;
  for (;;) {
    if (options.signal?.aborted)
      throw new AbortError('Polling was aborted.', { cause: options.signal.reason });
    const answer = await task.query(options.signal);
    last = answer.status;
    options.onProgress?.(answer.status);
    const status = answer.status.toLowerCase();
    if (taskOutcome(status) === 'succeeded') return answer;
    if (taskOutcome(status) === 'failed') throw new TaskFailedError(task.taskId, answer.status);
    const left = deadline - Math.max(now() - started, slept);
    if (left <= 0) throw new DeadlineError(task.taskId, last, deadline);
    try {
      await sleep(Math.min(interval, left), options.signal);
      slept += Math.min(interval, left);
    } catch (error) {
      throw new AbortError('Polling was aborted.', { cause: error });
    }
    interval = Math.min(interval * 1.5, maxInterval);
  }
}
