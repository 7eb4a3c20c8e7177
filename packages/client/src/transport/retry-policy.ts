import type { MiniMaxError } from '../errors/minimax-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';

// Connection failures that prove the request never left: the server cannot have started work.
const neverSent = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Whether a network failure proves the request was not delivered. */
export function provesNotSent(error: unknown): boolean {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && neverSent.has(code)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Whether an answered failure is worth retrying. A billable job creation (`job`) is retried only
 * when MiniMax refused it for rate (1002, 1039, 1041, 2045, HTTP 429) — proof it did not start.
 */
export function retryAnswered(error: MiniMaxError, job: boolean): boolean {
  if (error instanceof RateLimitError) return true;
  return !job && error.retryable;
}

/** The wait before retry `attempt` (1-based): what the server asked for, else 0.5 s · 2^(n−1) up to 8 s, jittered. */
export function retryDelay(attempt: number, askedMs?: number): number {
  if (askedMs !== undefined) return Math.min(askedMs, 60_000);
  const base = Math.min(500 * 2 ** (attempt - 1), 8000);
  return Math.round(base * (0.5 + Math.random() / 2));
}
