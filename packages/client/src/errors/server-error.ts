import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** MiniMax failed on its side (1000, 1001, 1024, 1033, HTTP 5xx); retrying later can help. */
export class ServerError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'ServerError';
  }
}
