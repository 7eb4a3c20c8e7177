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

/** A response made when first asked for, and the headers it will have. */
export interface LazyResponse {
  headers: Headers;
  response: () => Response;
}

// A non-enumerable property: `value`, or a function's value worked out when first read, once.
function property(name: string, value: unknown, lazy: boolean): PropertyDescriptor {
  if (!lazy) return { value, enumerable: false };
  return {
    get(this: object) {
      const made = (value as () => unknown)();
      Object.defineProperty(this, name, { value: made, enumerable: false });
      return made;
    },
    enumerable: false,
    configurable: true,
  };
}

/**
 * Attaches `traceId`, `response` and `cost` to a result object. A `cost` given as a function is
 * priced when first read, once, and a lazy response made when first read: a caller who never
 * reads them never pays for them.
 */
export function withMeta<T extends object>(
  data: T,
  response: Response | LazyResponse,
  cost: CallCost | (() => CallCost),
): WithMeta<T> {
  const lazy = !(response instanceof Response);
  Object.defineProperties(data, {
    traceId: { value: response.headers.get('trace-id') ?? undefined, enumerable: false },
    response: property('response', lazy ? response.response : response, lazy),
    cost: property('cost', cost, typeof cost === 'function'),
  });
  return data as WithMeta<T>;
}
