import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** An answer, or one stream event, was larger than the client is set to hold (`maxResponseBytes`, `maxEventBytes`). */
export class ResponseTooLargeError extends MiniMaxError {
  /** The cap that was passed, in bytes. */
  readonly limitBytes: number;

  constructor(what: string, limitBytes: number, option: string, details: ErrorDetails = {}) {
    super(
      `${what} is larger than ${limitBytes} bytes; it was not read further. Raise ${option} if such answers are expected.`,
      details,
    );
    this.name = 'ResponseTooLargeError';
    this.limitBytes = limitBytes;
  }
}
