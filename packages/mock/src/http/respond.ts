import { stringifyExactJson } from '@minimax-kit/core';

/** The envelope family of an endpoint: native `base_resp`, OpenAI-compatible, Anthropic-compatible. */
export type Surface = 'native' | 'openai' | 'anthropic';

const encoder = new TextEncoder();

/** Headers every response carries, like MiniMax's: the trace id and open CORS. */
export function baseHeaders(traceId: string, contentType: string): Headers {
  return new Headers({
    'content-type': contentType,
    'trace-id': traceId,
    'access-control-allow-origin': '*',
    'access-control-expose-headers': '*',
  });
}

/** A JSON response; bigints are written as bare integers. */
export function jsonResponse(body: unknown, traceId: string, status = 200): Response {
  return new Response(stringifyExactJson(body), {
    status,
    headers: baseHeaders(traceId, 'application/json; charset=utf-8'),
  });
}

/** Binary content such as audio, images and video. */
export function bytesResponse(bytes: Uint8Array, traceId: string, contentType: string): Response {
  const headers = baseHeaders(traceId, contentType);
  headers.set('content-length', String(bytes.length));
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers });
}

/** What MiniMax answers for a path it does not serve (including `GET /v1/models`). */
export function notFound(traceId: string): Response {
  return new Response('404 page not found', {
    status: 404,
    headers: baseHeaders(traceId, 'text/plain; charset=utf-8'),
  });
}

/** The answer to a CORS preflight. */
export function preflight(traceId: string): Response {
  const headers = baseHeaders(traceId, 'text/plain');
  headers.set('access-control-allow-methods', 'GET,POST,OPTIONS,PUT,DELETE');
  headers.set('access-control-allow-headers', '*');
  headers.set('access-control-allow-credentials', 'true');
  return new Response(null, { status: 200, headers });
}

/** One server-sent event; `event` only for the Anthropic-compatible stream. */
export function sseEvent(data: unknown, event?: string): Uint8Array {
  const payload = typeof data === 'string' ? data : stringifyExactJson(data);
  return encoder.encode(`${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`);
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
