import { quote } from './quote.js';

/** An option of `minimaxKitMiddleware`, or of one call's `providerOptions.minimaxKit`, that cannot work. */
export class MiddlewareOptionsError extends Error {
  readonly code = 'MIDDLEWARE_OPTIONS';
  /** Which option, e.g. `limiter` or `providerOptions.minimaxKit.priority`. */
  readonly option: string;

  constructor(option: string, value: unknown, expected: string) {
    const shown = value === undefined || typeof value === 'object' ? typeof value : quote(value);
    super(`The option ${option} is ${shown}: use ${expected}.`);
    this.name = 'MiddlewareOptionsError';
    this.option = option;
  }
}
