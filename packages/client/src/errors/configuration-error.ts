import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** The client was set up in a way that cannot work or would expose the key. */
export class ConfigurationError extends MiniMaxError {
  constructor(message: string, details: Pick<ErrorDetails, 'cause'> = {}) {
    super(message, details);
    this.name = 'ConfigurationError';
  }
}
