import type { CallCost } from '@minimax-kit/core';

/** What every result carries besides its data: the trace id to quote to MiniMax, the raw response, and the cost. */
export interface ResponseMeta {
  /** The `Trace-Id` header of the response. */
  readonly traceId: string | undefined;
  /** The raw `Response` (its body already read). */
  readonly response: Response;
  /**
   * What the call cost, priced by `@minimax-kit/core`'s `costOfCall` from the usage MiniMax reported
   * and the request's model, region and service tier: `{ priced: true, currency, total, lines }` in
   * exact decimal strings (`"0"` for free calls), or `{ priced: false, reason }` when it cannot be priced.
   */
  readonly cost: CallCost;
}

/** A result with `traceId`, `response` and `cost` as non-enumerable properties (they stay out of JSON). */
export type WithMeta<T> = T & ResponseMeta;

/**
 * Attaches `traceId`, `response` and `cost` to a result object. A `cost` given as a function is
 * priced when first read, once: a caller who never reads it never pays for pricing.
 */
export function withMeta<T extends object>(
  data: T,
  response: Response,
  cost: CallCost | (() => CallCost),
): WithMeta<T> {
  const priced =
    typeof cost === 'function'
      ? {
          get(this: T) {
            const value = cost();
            Object.defineProperty(this, 'cost', { value, enumerable: false });
            return value;
          },
          enumerable: false,
          configurable: true,
        }
      : { value: cost, enumerable: false };
  Object.defineProperties(data, {
    traceId: { value: response.headers.get('trace-id') ?? undefined, enumerable: false },
    response: { value: response, enumerable: false },
    cost: priced,
  });
  return data as WithMeta<T>;
}
