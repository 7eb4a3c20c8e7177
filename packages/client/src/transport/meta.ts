/** What every result carries besides its data: the trace id to quote to MiniMax, and the raw response. */
export interface ResponseMeta {
  /** The `Trace-Id` header of the response. */
  readonly traceId: string | undefined;
  /** The raw `Response` (its body already read). */
  readonly response: Response;
}

/** A result with `traceId` and `response` as non-enumerable properties (they stay out of JSON). */
export type WithMeta<T> = T & ResponseMeta;

/** Attaches `traceId` and `response` to a result object. */
export function withMeta<T extends object>(data: T, response: Response): WithMeta<T> {
  Object.defineProperties(data, {
    traceId: { value: response.headers.get('trace-id') ?? undefined, enumerable: false },
    response: { value: response, enumerable: false },
  });
  return data as WithMeta<T>;
}
