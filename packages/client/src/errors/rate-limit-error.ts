import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** Too many requests, tokens or running tasks for the account's limits (1002, 1039, 1041, 2045, HTTP 429). */
export class RateLimitError extends MiniMaxError {
  /** How long the server asked to wait, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: ErrorDetails & { retryAfterMs?: number | undefined } = {}) {
    super(message, details);
    this.name = 'RateLimitError';
    this.retryAfterMs = details.retryAfterMs;
  }
}
