import { errorCodeInfo } from '@minimax-kit/core';
import type { MockApiError } from './mock-api-error.js';
import { jsonResponse, type Surface } from './respond.js';

// The error `type` the compatible endpoints give each HTTP status.
const typeOfStatus: Record<number, string> = {
  401: 'authorized_error',
  402: 'insufficient_balance_error',
  429: 'rate_limit_error',
  500: 'server_error',
};

/**
 * A MiniMax error in the envelope of the endpoint: HTTP 200 + `base_resp` on native endpoints;
 * the real HTTP status and `{type:'error', error:{type, message:'… (code)', http_code}, request_id}`
 * on the OpenAI- and Anthropic-compatible ones.
 */
export function errorResponse(
  surface: Surface,
  error: MockApiError,
  traceId: string,
  requestId: string,
): Response {
  if (surface === 'native') {
    return jsonResponse(
      { base_resp: { status_code: error.code, status_msg: error.message } },
      traceId,
      error.httpStatus ?? 200,
    );
  }
  const mapped = errorCodeInfo(error.code)?.httpStatus ?? 400;
  const status = error.httpStatus ?? mapped;
  const type = typeOfStatus[mapped] ?? 'bad_request_error';
  return jsonResponse(
    {
      type: 'error',
      error: { type, message: `${error.message} (${error.code})`, http_code: String(status) },
      request_id: requestId,
    },
    traceId,
    status,
  );
}
