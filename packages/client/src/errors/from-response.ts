import { errorCodeInfo } from '@minimax-kit/core';
import { AuthenticationError } from './authentication-error.js';
import { ContentFilterError } from './content-filter-error.js';
import { InsufficientBalanceError } from './insufficient-balance-error.js';
import { InvalidRequestError } from './invalid-request-error.js';
import type { ErrorDetails, MiniMaxError } from './minimax-error.js';
import { QuotaExceededError } from './quota-exceeded-error.js';
import { RateLimitError } from './rate-limit-error.js';
import { ServerError } from './server-error.js';

/** What an error body says, whichever of MiniMax's four envelopes it uses. */
export interface ErrorEnvelope {
  code: number | undefined;
  message: string;
  requestId: string | undefined;
}

/**
 * Reads an error from a body: native `base_resp`, OpenAI-style `{error:{message, code}}`, or the
 * Anthropic / gateway `{type:'error', error:{type, message:'… (code)'}, request_id}`. Returns
 * `undefined` when the body reports success.
 */
export function readEnvelope(body: unknown): ErrorEnvelope | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const base = record.base_resp as { status_code?: unknown; status_msg?: unknown } | undefined;
  if (base && base.status_code !== undefined && Number(base.status_code) !== 0) {
    const numeric = Number(base.status_code);
    const message = String(base.status_msg ?? '');
    // A status code that is no number is still a failure, just one without a code to act on.
    if (Number.isInteger(numeric)) return { code: numeric, message, requestId: undefined };
    const shown = JSON.stringify(base.status_code)?.slice(0, 40) ?? typeof base.status_code;
    return { code: undefined, message: `${message} (status_code ${shown})`.trim(), requestId: undefined };
  }
  const error = record.error as { message?: unknown; code?: unknown; type?: unknown } | undefined;
  if (typeof error !== 'object' || error === null) return undefined;
  const message = String(error.message ?? error.type ?? 'error');
  const trailing = /\((\d{4,5})\)\s*$/.exec(message)?.[1];
  const numeric = Number(error.code);
  const code = trailing ? Number(trailing) : Number.isInteger(numeric) && numeric > 0 ? numeric : undefined;
  return { code, message, requestId: typeof record.request_id === 'string' ? record.request_id : undefined };
}

const optionalRedacted = (text: string | null | undefined, redact: (text: string) => string) =>
  text === null || text === undefined ? undefined : redact(text.slice(0, 200));

function byStatus(status: number | undefined) {
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'balance';
  if (status === 429) return 'rate-limit';
  if (status !== undefined && status >= 500) return 'server';
  return 'invalid-request';
}

/** Milliseconds the server asked to wait: `retry-after-ms`, then `Retry-After` (seconds or a date). */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers?.get('retry-after');
  if (!after) return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The typed error for a failed MiniMax answer. The kind and retryability come from core's error
 * code table; without a code, from the HTTP status.
 */
export function errorFor(
  envelope: ErrorEnvelope | undefined,
  response: {
    status?: number | undefined;
    headers?: Headers | undefined;
    text?: string;
    /** Removes keys from what the server said; the key must never reach an error. */
    redact?: (text: string) => string;
  },
): MiniMaxError {
  const redact = response.redact ?? ((text: string) => text);
  const code = envelope?.code;
  const info = code === undefined ? undefined : errorCodeInfo(code);
  const status = response.status;
  const kind = info?.kind ?? byStatus(status);
  const serverSays = redact(
    envelope?.message.slice(0, 500) || response.text?.slice(0, 200) || `HTTP ${status}`,
  );
  const advice = info?.en ?? '';
  const label = code === undefined ? `HTTP ${status}` : `MiniMax error ${code}`;
  const details: ErrorDetails = {
    code,
    httpStatus: status,
    traceId: optionalRedacted(response.headers?.get('trace-id'), redact),
    requestId: optionalRedacted(envelope?.requestId, redact),
    retryable: info?.retryable ?? (status === 408 || status === 429 || (status ?? 0) >= 500),
  };
  const message = `${label}: ${serverSays}${advice ? ` — ${advice}` : ''}`;
  switch (kind) {
    case 'auth':
      return new AuthenticationError(message, details);
    case 'rate-limit':
      return new RateLimitError(message, { ...details, retryAfterMs: retryAfterMs(response.headers) });
    case 'quota':
      return new QuotaExceededError(message, details);
    case 'balance':
      return new InsufficientBalanceError(message, details);
    case 'content':
      return new ContentFilterError(message, { ...details, direction: info?.direction ?? 'input' });
    case 'server':
      return new ServerError(message, details);
    default:
      return new InvalidRequestError(message, details);
  }
}
