import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** The Token Plan covers this work, but MiniMax states no request equivalent for it; it is never counted as 0. */
export class PlanWeightUnknownError extends MiniMaxKitError {
  readonly item: string;

  constructor(item: string) {
    super(
      'plan_weight_unknown',
      `${clip(item)} is covered by the Token Plan, but MiniMax states no request equivalent for it. ` +
        'It draws on its daily quota instead: use dailyQuotaUse().',
    );
    this.name = 'PlanWeightUnknownError';
    this.item = clip(item);
  }
}
