import { parseExactJson } from '@minimax-kit/core';
import { ConnectionError } from '../errors/connection-error.js';
import { errorFor, readEnvelope } from '../errors/from-response.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { readCapped } from './read-capped.js';

/** What an answer turned out to be once read. */
export type Answer =
  /** A stream or bytes (audio, a file): left unread for the caller. */
  | { kind: 'unread' }
  /** A failure MiniMax reported, whatever the HTTP status and content type. */
  | { kind: 'error'; error: MiniMaxError }
  /** A success: `bytes` as sent, and the JSON they hold, if they hold JSON. */
  | { kind: 'read'; bytes: Uint8Array; json: { value: unknown } | undefined; cut: boolean };

// The start of an error body says what went wrong; the rest is not worth memory.
const errorBodyBytes = 65_536;
const utf8 = new TextDecoder();
const unreadable = (type: string) => /event-stream/i.test(type) || !/json|text\/|^$/i.test(type.trim());
const nullBody = new Set([101, 103, 204, 205, 304]);

function parse(text: string): { value: unknown } | undefined {
  // Only objects and arrays: a bare number or string is no MiniMax answer.
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return { value: parseExactJson(text) };
  } catch {
    return undefined;
  }
}

/**
 * Reads an answer far enough to know what it is. Error statuses, JSON and text bodies are read (up
 * to `maxBytes`) and checked for any of MiniMax's error envelopes — a `base_resp` failure counts
 * even in a `text/plain` 200. Streams and binary bodies are left for the caller.
 */
export async function readAnswer(
  response: Response,
  settings: { maxBytes: number; redact: (text: string) => string },
): Promise<Answer> {
  const type = response.headers.get('content-type') ?? '';
  if (nullBody.has(response.status) || (response.ok && unreadable(type))) return { kind: 'unread' };
  const traceId = response.headers.get('trace-id') ?? undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(
      response,
      response.ok
        ? { limit: settings.maxBytes, option: 'maxResponseBytes', details: { traceId } }
        : { limit: errorBodyBytes, option: '', truncate: true },
    );
  } catch (error) {
    if (error instanceof MiniMaxError || (error as { name?: string }).name === 'TimeoutError') throw error;
    throw new ConnectionError(
      `The answer broke off while it was read: ${String((error as Error).message)}.`,
      {
        traceId,
        retryable: true,
        cause: error,
      },
    );
  }
  const text = utf8.decode(bytes);
  const json = parse(text);
  const envelope = readEnvelope(json?.value);
  if (!response.ok || envelope) {
    const error = errorFor(envelope, {
      status: response.status,
      headers: response.headers,
      text,
      redact: settings.redact,
    });
    return { kind: 'error', error };
  }
  return { kind: 'read', bytes, json, cut: /json/i.test(type) && json === undefined };
}
