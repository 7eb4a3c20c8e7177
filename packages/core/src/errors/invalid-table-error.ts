import { MiniMaxKitError } from './minimax-kit-error.js';

/** A price, limit or plan table that does not match its schema; nothing of it was loaded. */
export class InvalidTableError extends MiniMaxKitError {
  /** One line per problem: the path of the field and what is wrong with it. */
  readonly issues: readonly string[];

  constructor(table: string, issues: readonly string[]) {
    super(
      'invalid_table',
      `The ${table} table is invalid and was not loaded:\n${issues.map((i) => `  - ${i}`).join('\n')}`,
    );
    this.name = 'InvalidTableError';
    this.issues = issues;
  }
}
