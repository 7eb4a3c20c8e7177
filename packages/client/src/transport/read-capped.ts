import type { ErrorDetails } from '../errors/minimax-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { StreamWatch } from '../streaming/stream-watch.js';
import { concatBytes } from '../util/hex.js';
import { bodyDeadlinesOf, endBodyDeadlines } from './body-deadline.js';

/** How much of a body to read. */
export interface ReadCap {
  limit: number;
  /** The option that sets `limit`, named in the error. */
  option: string;
  /** Keep the first `limit` bytes and stop, instead of failing (error bodies: their start says enough). */
  truncate?: boolean;
  details?: ErrorDetails;
}

/**
 * Reads a body up to a size cap. A body that declares or reaches more fails with
 * `ResponseTooLargeError` (or, with `truncate`, is cut there) and is not read further. A read fails
 * once a deadline the body was handed with passes (`keepBodyDeadline`), which then ends.
 */
export async function readCapped(response: Response, cap: ReadCap): Promise<Uint8Array> {
  const tooLarge = () => new ResponseTooLargeError('The answer', cap.limit, cap.option, cap.details);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (!cap.truncate && declared > cap.limit) {
    response.body?.cancel().catch(() => {});
    endBodyDeadlines(response);
    throw tooLarge();
  }
  if (!response.body) {
    endBodyDeadlines(response);
    return new Uint8Array(0);
  }
  const reader = response.body.getReader();
  // The deadlines the body was handed with: a read fails with theirs once one passes.
  const watch = new StreamWatch(reader, { signals: bodyDeadlinesOf(response).map((kept) => kept.signal) });
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (watch.failed) throw watch.failure;
      if (done) break;
      if (size + value.length > cap.limit) {
        reader.cancel().catch(() => {});
        if (!cap.truncate) throw tooLarge();
        parts.push(value.subarray(0, cap.limit - size));
        break;
      }
      parts.push(value);
      size += value.length;
    }
  } finally {
    watch.stop();
    endBodyDeadlines(response);
  }
  return parts.length === 1 ? (parts[0] as Uint8Array) : concatBytes(parts);
}
