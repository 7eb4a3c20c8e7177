import type { ErrorCodeInfo } from './error-code-schema.js';

type RefusalLimit = NonNullable<ErrorCodeInfo['limit']>;

/**
 * The limit each of MiniMax's refusal codes means: what `refusalOf` reads, kept apart from the
 * error-code table so that reading a refusal does not bundle the whole table (the table's `limit`
 * fields say the same; a test holds them together).
 */
export const refusalLimits: ReadonlyMap<number, RefusalLimit> = new Map([
  [1002, 'rpm'],
  [1028, 'plan'],
  [1030, 'plan'],
  [1039, 'tpm'],
  [1041, 'conn'],
  [2045, 'rpm'],
  [2056, 'plan'],
]);

/** What an HTTP 429 without a code means: requests per minute. */
export const tooManyRequests = 1002;

/** The MiniMax error code an answer's body carries: `base_resp.status_code`, or `(NNNN)` ending a compatible endpoint's message. */
export function errorCodeOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const answer = body as { base_resp?: { status_code?: unknown }; error?: { message?: unknown } };
  const native = Number(answer.base_resp?.status_code);
  if (Number.isFinite(native) && native !== 0) return native;
  const trailing = /\((\d{4,5})\)\s*$/.exec(String(answer.error?.message ?? ''))?.[1];
  return trailing ? Number(trailing) : undefined;
}

/**
 * The code of a MiniMax answer, from its body or else (HTTP 429) the one for too many requests,
 * and the limit it says MiniMax refused on, if any.
 */
export function refusalOf(status: number, body: unknown): { code?: number; limit?: RefusalLimit } {
  const code = errorCodeOf(body) ?? (status === 429 ? tooManyRequests : undefined);
  if (code === undefined) return {};
  const limit = refusalLimits.get(code);
  return limit ? { code, limit } : { code };
}
