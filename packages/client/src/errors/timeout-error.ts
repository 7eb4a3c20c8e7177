import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** A deadline passed: one attempt (`attempt`), the whole call with retries (`total`), or a silent stream (`stream-idle`). */
export class TimeoutError extends MiniMaxError {
  readonly phase: 'attempt' | 'total' | 'stream-idle';

  constructor(message: string, details: ErrorDetails & { phase: TimeoutError['phase'] }) {
    super(message, { retryable: details.phase !== 'stream-idle', ...details });
    this.name = 'TimeoutError';
    this.phase = details.phase;
  }
}
