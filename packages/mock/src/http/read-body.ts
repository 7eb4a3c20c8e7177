import { parseExactJson } from '@minimax-kit/core';
import { invalidParams, MockApiError } from './mock-api-error.js';

/** What a request carried: its JSON object (or form), and the text it was parsed from. */
export interface RequestBody {
  body: Record<string, unknown>;
  text: string;
  form?: FormData;
}

function tooLarge(limit: number): never {
  throw new MockApiError(2013, `invalid params, the request body exceeds ${limit} bytes`, 413);
}

/** The body's bytes, read no further than `limit`: a larger body is refused before it is all read. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) tooLarge(limit);
  // Firefox (ESR 153 included) has no Request.body stream: there the whole body is read, then weighed.
  if ((request as { body?: unknown }).body === undefined) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > limit) tooLarge(limit);
    return bytes;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a request's body, at most `limit` bytes: a JSON object (int64 ids kept exact, message text
 * left alone) or a multipart form. Anything else is MiniMax's 2013.
 */
export async function readBody(request: Request, limit: number): Promise<RequestBody> {
  if (request.method === 'GET' || request.method === 'HEAD') return { body: {}, text: '' };
  const bytes = await readCapped(request, limit);
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.includes('multipart/form-data')) {
    const form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': contentType },
    })
      .formData()
      .catch(() => invalidParams('the multipart body could not be read'));
    return { body: {}, text: '', form };
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return { body: {}, text };
  let parsed: unknown;
  try {
    parsed = parseExactJson(text);
  } catch {
    invalidParams('the request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    invalidParams('the request body is not a JSON object');
  return { body: parsed as Record<string, unknown>, text };
}
