import { clip } from './describe-value.js';
import { MiniMaxKitError } from './minimax-kit-error.js';

/** A model id that minimax-kit does not know for the requested kind of work. */
export class UnknownModelError extends MiniMaxKitError {
  readonly model: string;
  readonly validModels: readonly string[];

  constructor(model: string, kind: string, validModels: readonly string[]) {
    super('unknown_model', `Unknown ${kind} model "${clip(model)}". Use one of: ${validModels.join(', ')}.`);
    this.name = 'UnknownModelError';
    this.model = clip(model);
    this.validModels = validModels;
  }
}
