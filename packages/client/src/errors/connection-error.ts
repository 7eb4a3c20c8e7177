import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** The request could not reach MiniMax, or the connection dropped. */
export class ConnectionError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'ConnectionError';
  }
}
