import type { CallCost } from '@minimax-kit/core';
import { ValidationError } from '../errors/validation-error.js';
import { issuesOf, type Schema } from './check-request.js';
import { type WithMeta, withMeta } from './meta.js';
import type { Answer } from './read-answer.js';

type ReadAnswer = Extract<Answer, { kind: 'read' }>;
const parsedBodies = new WeakMap<Response, { json: ReadAnswer['json']; cut: boolean }>();

/** A response standing for `response` whose body was already read and parsed into `answer`. */
export function replaceWithRead(response: Response, answer: ReadAnswer): Response {
  // A stream of the bytes already read, not the bytes: a Response copies a buffer it is given.
  const { bytes } = answer;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
  const replacement = new Response(body, response);
  parsedBodies.set(replacement, { json: answer.json, cut: answer.cut });
  return replacement;
}

/** Whether the transport already read this response's body into memory. */
export const wasRead = (response: Response): boolean => parsedBodies.has(response);

/**
 * Validates the JSON a response was read into; an answer that is not JSON is a `ValidationError`.
 * `price` runs when the result's `cost` is first read.
 */
export function parseAnswer<T extends object>(
  response: Response,
  schema: Schema<T>,
  price: (answer: unknown) => CallCost,
): WithMeta<T> {
  const traceId = response.headers.get('trace-id') ?? undefined;
  const parsed = parsedBodies.get(response);
  if (!parsed?.json) {
    response.body?.cancel().catch(() => {});
    const type = response.headers.get('content-type')?.slice(0, 100) || 'no content type';
    throw new ValidationError(
      'response',
      [{ path: '', message: `the body is not JSON (${type}${parsed?.cut ? ', cut short' : ''})` }],
      { traceId, retryable: parsed?.cut === true },
    );
  }
  const result = schema.safeParse(parsed.json.value);
  if (!result.success) throw new ValidationError('response', issuesOf(result.error.issues), { traceId });
  const answer = parsed.json.value;
  return withMeta(result.data, response, () => price(answer));
}
