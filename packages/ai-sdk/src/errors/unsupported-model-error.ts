import { quote } from './quote.js';

/** Why a model cannot be limited and priced: unknown to MiniMax, or not served where it is called. */
export type UnsupportedModelReason = 'unknown' | 'native-only' | 'not-in-region';

/**
 * The wrapped model is not a MiniMax text model that the AI SDK's providers can call in the
 * limiter's region: thrown by `wrapLanguageModel` (or the first call, before anything is sent).
 */
export class UnsupportedModelError extends Error {
  readonly code = 'UNSUPPORTED_MODEL';
  /** The model id as the provider names it. */
  readonly model: string;
  /** The provider, e.g. `minimax.messages`. */
  readonly provider: string;
  readonly reason: UnsupportedModelReason;
  /** The text models that would work here. */
  readonly validModels: readonly string[];

  constructor(
    model: string,
    provider: string,
    reason: UnsupportedModelReason,
    validModels: readonly string[],
    options?: ErrorOptions,
  ) {
    const why = {
      unknown: 'is not a MiniMax text model',
      'native-only': 'is served only by MiniMax’s native endpoint, which no AI SDK provider calls',
      'not-in-region': 'is not served in the limiter’s region',
    }[reason];
    super(
      `The model ${quote(model)} of ${quote(provider)} ${why}: wrap one of ${validModels.join(', ')}, ` +
        'or leave this model out of the middleware.',
      options,
    );
    this.name = 'UnsupportedModelError';
    this.model = model;
    this.provider = provider;
    this.reason = reason;
    this.validModels = validModels;
  }
}
