import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** The work is outside what a Token Plan covers; it needs a pay-as-you-go (`sk-api-`) key. */
export class PlanCoverageError extends MiniMaxKitError {
  readonly item: string;
  readonly covered: readonly string[];

  constructor(item: string, covered: readonly string[]) {
    super(
      'plan_coverage',
      `${clip(item)} is not covered by the Token Plan; call it with a pay-as-you-go (sk-api-) key. Covered: ${covered.join(', ')}.`,
    );
    this.name = 'PlanCoverageError';
    this.item = clip(item);
    this.covered = covered;
  }
}
