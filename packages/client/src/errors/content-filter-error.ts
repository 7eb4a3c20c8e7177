import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** Content safety flagged the input (1026) or the output (1027). */
export class ContentFilterError extends MiniMaxError {
  readonly direction: 'input' | 'output';

  constructor(message: string, details: ErrorDetails & { direction: 'input' | 'output' }) {
    super(message, details);
    this.name = 'ContentFilterError';
    this.direction = details.direction;
  }
}
