import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** The caller aborted the call through its `signal`, or by leaving a stream early. */
export class AbortError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'AbortError';
  }
}
