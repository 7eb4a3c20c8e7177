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

/** Attaches `traceId`, `response` and `cost` to a result object. */
export function withMeta<T extends object>(data: T, response: Response, cost: CallCost): WithMeta<T> {
  Object.defineProperties(data, {
    traceId: { value: response.headers.get('trace-id') ?? undefined, enumerable: false },
    response: { value: response, enumerable: false },
    cost: { value: cost, enumerable: false },
  });
  return data as WithMeta<T>;
}
