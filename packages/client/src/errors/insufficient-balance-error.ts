import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** The pay-as-you-go balance is used up (1008, HTTP 402). */
export class InsufficientBalanceError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'InsufficientBalanceError';
  }
}
