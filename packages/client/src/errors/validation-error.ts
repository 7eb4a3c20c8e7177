import { type ErrorDetails, MiniMaxError } from './minimax-error.js';

/** One problem with a field: where it is and what is wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * A request that would be refused (caught before sending, so it costs nothing), or a response that
 * lacks a field the client acts on.
 */
export class ValidationError extends MiniMaxError {
  readonly direction: 'request' | 'response';
  readonly issues: readonly ValidationIssue[];

  constructor(
    direction: ValidationError['direction'],
    issues: readonly ValidationIssue[],
    details: ErrorDetails = {},
  ) {
    const list = issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
    super(
      direction === 'request'
        ? `Invalid request, not sent: ${list}.`
        : `MiniMax answered without what the client needs: ${list}.`,
      details,
    );
    this.name = 'ValidationError';
    this.direction = direction;
    this.issues = issues;
  }
}
