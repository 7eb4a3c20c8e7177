/** One server-sent event. */
export interface SseEvent {
  event: string | undefined;
  data: string;
}

/**
 * Decodes a `text/event-stream` body into events: `\n`, `\r\n` and `\r` line ends, multi-line
 * `data`, comments, and the one optional space after the colon.
 */
export async function* decodeSse(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event: string | undefined;
  let data: string[] = [];
  const dispatch = function* () {
    if (data.length > 0) yield { event, data: data.join('\n') };
    event = undefined;
    data = [];
  };
  const take = function* (final: boolean) {
    for (;;) {
      const end = buffer.search(/\r\n|\r|\n/);
      if (end < 0 || (!final && end === buffer.length - 1 && buffer[end] === '\r')) break;
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
      if (line === '') {
        yield* dispatch();
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'event') event = value;
    }
  };
  for await (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    yield* take(false);
  }
  buffer += decoder.decode();
  yield* take(true);
  if (buffer !== '') {
    buffer += '\n';
    yield* take(true);
  }
  yield* dispatch();
}
