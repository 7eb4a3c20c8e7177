import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/**
 * A Token Plan window, weekly cap or daily quota is used up (2056, 1028, 1030), or the model is not
 * in the plan (2061). Wait for the reset, use Credits, or call with a pay-as-you-go key.
 */
export class QuotaExceededError extends MiniMaxError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'QuotaExceededError';
  }
}
