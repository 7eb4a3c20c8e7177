import { deepFreeze } from '../data/deep-freeze.js';
import { wrongArgument } from '../errors/check-argument.js';
import type { ErrorCodeInfo, ErrorKind } from './error-code-schema.js';
import { errorCodeRows } from './error-code-table.js';

// The HTTP status the OpenAI- and Anthropic-compatible endpoints answer for each kind of error
// (native endpoints answer HTTP 200 with `base_resp`). A row may set its own.
const httpStatusOfKind: Record<ErrorKind, number> = {
  auth: 401,
  'rate-limit': 429,
  quota: 429,
  balance: 402,
  content: 400,
  'invalid-request': 400,
  server: 500,
};

/**
 * MiniMax's error codes: what each means, its HTTP status on the compatible endpoints, whether
 * retrying can help, and which limit a refusal means (`rpm`, `tpm`, `conn`, `plan`).
 */
export const errorCodes: readonly ErrorCodeInfo[] = /* @__PURE__ */ deepFreeze(
  errorCodeRows.map((row) => ({ ...row, httpStatus: row.httpStatus ?? httpStatusOfKind[row.kind] })),
);

const byCode = new Map(errorCodes.map((info) => [info.code, info]));

/** What a MiniMax error code means, or `undefined` for a code MiniMax has not documented. */
export function errorCodeInfo(code: number | string): ErrorCodeInfo | undefined {
  if (typeof code !== 'number' && typeof code !== 'string')
    wrongArgument('code', code, 'pass a MiniMax error code such as 1002 or "1002"');
  return byCode.get(Number(code));
}

/** The MiniMax error code an answer's body carries: `base_resp.status_code`, or `(NNNN)` ending a compatible endpoint's message. */
export function errorCodeOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const answer = body as { base_resp?: { status_code?: unknown }; error?: { message?: unknown } };
  const native = Number(answer.base_resp?.status_code);
  if (Number.isFinite(native) && native !== 0) return native;
  const trailing = /\((\d{4,5})\)\s*$/.exec(String(answer.error?.message ?? ''))?.[1];
  return trailing ? Number(trailing) : undefined;
}

// What an HTTP 429 without a code means: requests per minute.
const tooManyRequests = errorCodes.find((info) => info.httpStatus === 429 && info.limit === 'rpm')?.code;

/**
 * The code of a MiniMax answer, from its body or else (HTTP 429) the one for too many requests,
 * and the limit it says MiniMax refused on, if any.
 */
export function refusalOf(
  status: number,
  body: unknown,
): { code?: number; limit?: NonNullable<ErrorCodeInfo['limit']> } {
  const code = errorCodeOf(body) ?? (status === 429 ? tooManyRequests : undefined);
  if (code === undefined) return {};
  const limit = errorCodeInfo(code)?.limit;
  return limit ? { code, limit } : { code };
}
