import type { CallCost } from '@minimax-kit/core';
import { ValidationError } from '../errors/validation-error.js';
import { endBodyDeadlines } from './body-deadline.js';
import { issuesOf, type Schema } from './check-request.js';
import { type WithMeta, withMeta } from './meta.js';
import type { Answer } from './read-answer.js';

/** An answer whose body the transport read: its bytes, and the JSON they hold. */
export type ReadAnswer = Extract<Answer, { kind: 'read' }>;

/** A response standing for `response` whose body was already read into `answer`. */
export function replaceWithRead(response: Response, answer: ReadAnswer): Response {
  // A stream of the bytes already read, not the bytes: a Response copies a buffer it is given.
  const { bytes } = answer;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Response(body, response);
}

/**
 * Validates the JSON an answer was read into; an answer that is not JSON (or was left unread, a
 * stream where JSON was due) is a `ValidationError`. The result's `response` is made when first
 * read, and `price` runs when its `cost` is.
 */
export function parseAnswer<T extends object>(
  response: Response,
  answer: ReadAnswer | undefined,
  schema: Schema<T>,
  price: (answer: unknown) => CallCost,
): WithMeta<T> {
  const traceId = response.headers.get('trace-id') ?? undefined;
  if (!answer?.json) {
    if (!answer) {
      response.body?.cancel().catch(() => {});
      endBodyDeadlines(response);
    }
    const type = response.headers.get('content-type')?.slice(0, 100) || 'no content type';
    throw new ValidationError(
      'response',
      [{ path: '', message: `the body is not JSON (${type}${answer?.cut ? ', cut short' : ''})` }],
      { traceId, retryable: answer?.cut === true },
    );
  }
  const result = schema.safeParse(answer.json.value);
  if (!result.success) throw new ValidationError('response', issuesOf(result.error.issues), { traceId });
  const value = answer.json.value;
  return withMeta(
    result.data,
    { headers: response.headers, response: () => replaceWithRead(response, answer) },
    () => price(value),
  );
}
