import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** The key is missing, wrong, or belongs to the other region (1004, 2049, HTTP 401). */
export class AuthenticationError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'AuthenticationError';
  }
}
