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
