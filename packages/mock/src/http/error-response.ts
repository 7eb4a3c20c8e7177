import type { MockApiError } from './mock-api-error.js';
import { jsonResponse, type Surface } from './respond.js';

const compatible = (code: number): [status: number, type: string] => {
  if ([1004, 2049, 2038, 2042].includes(code)) return [401, 'authorized_error'];
  if ([1002, 1039, 1041, 2045, 2056, 1028, 1030].includes(code)) return [429, 'rate_limit_error'];
  if (code === 1008) return [402, 'insufficient_balance_error'];
  if ([1000, 1001, 1013, 1024, 1033].includes(code)) return [500, 'server_error'];
  return [400, 'bad_request_error'];
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
  const [mapped, type] = compatible(error.code);
  const status = error.httpStatus ?? mapped;
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
