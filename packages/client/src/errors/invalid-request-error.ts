import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** MiniMax refused the request's parameters (2013 and kin, HTTP 400). */
export class InvalidRequestError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'InvalidRequestError';
  }
}
