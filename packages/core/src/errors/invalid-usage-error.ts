import { MiniMaxKitError } from './minimax-kit-error.js';

/** A usage or request field that is missing, negative, fractional or of the wrong type. */
export class InvalidUsageError extends MiniMaxKitError {
  /** The path of the offending field, e.g. `inputTokens` or `body.messages`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super('invalid_usage', `${field} ${problem}.`);
    this.name = 'InvalidUsageError';
    this.field = field;
  }
}
