import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** A combination of options the model does not offer (e.g. a 1080P 10 s clip). */
export class UnsupportedCombinationError extends MiniMaxKitError {
  readonly model: string;
  readonly requested: string;
  readonly validCombinations: readonly string[];

  constructor(model: string, requested: string, validCombinations: readonly string[], context = '') {
    super(
      'unsupported_combination',
      `${clip(model)} does not offer ${clip(requested)}${context}. Valid: ${validCombinations.join('; ') || 'none'}.`,
    );
    this.name = 'UnsupportedCombinationError';
    this.model = model;
    this.requested = requested;
    this.validCombinations = validCombinations;
  }
}
