import { quote } from './quote.js';

/**
 * A demand the limiter cannot count (`requests: NaN`, `tokens: -1`, `requests: "3"` …), or an
 * acquire option it cannot follow (`priority: NaN`): refused before anything is queued.
 */
export class InvalidDemandError extends Error {
  readonly code = 'INVALID_DEMAND';
  /** Which field, e.g. `tokens` or `daily.units`; `options.priority` for an acquire option. */
  readonly field: string;

  constructor(field: string, value: unknown, expected: string) {
    const what =
      field === 'options'
        ? "acquire call's options argument"
        : field.startsWith('options.')
          ? `acquire option ${field.slice(8)}`
          : `demand's ${field}`;
    super(`The ${what} is ${quote(value)}: use ${expected}.`);
    this.name = 'InvalidDemandError';
    this.field = field;
  }
}
