import { quote } from './quote.js';

/**
 * The provider's `fetch` is already `limiter.wrap(fetch)`: with the middleware as well, each call
 * would be admitted, counted and billed twice. Thrown by `wrapLanguageModel`.
 */
export class DoubleLimitError extends Error {
  readonly code = 'DOUBLE_LIMITED';
  readonly provider: string;

  constructor(provider: string) {
    super(
      `The provider ${quote(provider)} was given limiter.wrap(fetch) as its fetch, and the middleware limits the same calls: ` +
        'pass the provider a plain fetch (the middleware keeps the limits and reports the cost), or drop the middleware.',
    );
    this.name = 'DoubleLimitError';
    this.provider = provider;
  }
}
