import { ConnectionError } from '../errors/connection-error.js';
import { retryAfterMs } from '../errors/from-response.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import type { Log } from './client-log.js';
import { isNetworkFailure, isTimeout } from './network-failure.js';
import type { ReadAnswer } from './parse-answer.js';
import { readAnswer } from './read-answer.js';
import type { RequestCall, Requester } from './requester.js';
import { provesNotSent, retryAnswered } from './retry-policy.js';

/**
 * What one attempt came to: a response for the caller (with its answer when the body was read), or
 * a failure, whether a retry may fix it, and when.
 */
export type Outcome =
  | { response: Response; answer?: ReadAnswer }
  | { error: unknown; again: boolean; askedMs?: number | undefined };

/** How attempts are made: what sends a request, and what an answer is read with. */
export interface AttemptSettings {
  request: Requester;
  log: Log;
  maxBytes: number;
  redact: (text: string) => string;
}

// Failures without an answer: a deadline or a dropped connection may be retried, but a billable
// job only when the connection provably never opened. Anything else (an abort, a limiter's refusal,
// the total deadline) is final.
function unanswered(error: unknown, job: boolean): Outcome {
  if (error instanceof MiniMaxError) return { error, again: false };
  if (isTimeout(error)) return { error, again: !job };
  if (isNetworkFailure(error)) return { error, again: !job || provesNotSent(error) };
  return { error, again: false };
}

/**
 * Sends one attempt (`what` names it in the log) and reads its answer far enough to know what it is: streams and bytes are
 * left for the caller, JSON and text are read once (the caller gets those bytes and their JSON),
 * and MiniMax's failures become typed errors. Each attempt sends its request afresh, so nothing is
 * cloned or teed for a retry that may never come.
 */
export async function attempt(
  settings: AttemptSettings,
  path: string,
  request: RequestCall,
  call: { what: string; job: boolean; number: number },
): Promise<Outcome> {
  let response: Response;
  try {
    response = await settings.request(path, request);
  } catch (error) {
    return unanswered(error, call.job);
  }
  settings.log(
    'info',
    () => `← ${response.status} ${call.what}`,
    () => ({ traceId: response.headers.get('trace-id') ?? undefined, attempt: call.number }),
  );
  let answer: Awaited<ReturnType<typeof readAnswer>>;
  try {
    answer = await readAnswer(response, { maxBytes: settings.maxBytes, redact: settings.redact });
  } catch (error) {
    // The body stalled past the attempt deadline or broke off: the same as no answer.
    const again = isTimeout(error) || (error instanceof ConnectionError && error.retryable);
    return { error, again: again && !call.job };
  }
  if (answer.kind === 'unread') return { response };
  if (answer.kind === 'read') return { response, answer };
  const { error } = answer;
  const again = retryAnswered(error, call.job);
  const askedMs = error instanceof RateLimitError ? error.retryAfterMs : retryAfterMs(response.headers);
  return { error, again, askedMs };
}
