import { quote } from './quote.js';

/** A demand the limiter cannot count (`requests: NaN`, `tokens: -1`, `requests: "3"` …): refused before anything is queued. */
export class InvalidDemandError extends Error {
  readonly code = 'INVALID_DEMAND';
  /** Which field, e.g. `tokens` or `daily.units`. */
  readonly field: string;

  constructor(field: string, value: unknown, expected: string) {
    super(`The demand's ${field} is ${quote(value)}: use ${expected}.`);
    this.name = 'InvalidDemandError';
    this.field = field;
  }
}
