import { type ErrorDetails, MiniMaxError } from '../errors/minimax-error.js';
import type { ValidationIssue } from '../errors/validation-error.js';

/** An answer that is not the JSON the schema asked for: not JSON at all, or JSON the schema refuses. */
export class StructuredOutputError extends MiniMaxError {
  /** The answer's content exactly as the model wrote it. */
  readonly raw: string;
  /** What the schema refused; empty when the text is not JSON. */
  readonly issues: readonly ValidationIssue[];

  constructor(raw: string, issues: readonly ValidationIssue[], details: ErrorDetails = {}) {
    const why =
      issues.length === 0
        ? 'is not JSON'
        : `does not match the schema: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`;
    super(`The model's answer ${why}; the text is in error.raw.`, details);
    this.name = 'StructuredOutputError';
    this.raw = raw;
    this.issues = issues;
  }
}
