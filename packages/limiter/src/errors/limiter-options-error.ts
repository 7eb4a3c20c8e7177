import { quote } from './quote.js';

/** An option of `createLimiter` (or of a store) that the limiter cannot work with. */
export class LimiterOptionsError extends Error {
  readonly code = 'LIMITER_OPTIONS';
  /** Which option, e.g. `guardMs` or `limits.text:MiniMax-M2.rpm`. */
  readonly option: string;

  constructor(option: string, value: unknown, expected: string) {
    super(`The limiter option ${option} is ${quote(value)}: use ${expected}.`);
    this.name = 'LimiterOptionsError';
    this.option = option;
  }
}
