/** One server-sent event. */
export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** Options of `SseDecoderStream`. */
export interface SseDecoderOptions {
  /** The most bytes one line, or one event's data, may hold; unlimited when absent. */
  maxEventBytes?: number;
  /** The error to fail with when a line or an event passes `maxEventBytes`. */
  tooLarge?: (limit: number) => Error;
}

const LF = 10;
const CR = 13;

/**
 * Decodes a `text/event-stream` body into events, in time linear in its size: `\n`, `\r\n` and
 * `\r` line ends (also split across chunks), multi-line `data`, comments (which yield nothing), and
 * the one optional space after the colon. Lines are split on bytes (a line end never occurs inside
 * a UTF-8 character) and each decoded once, whole.
 */
export class SseDecoderStream extends TransformStream<Uint8Array, SseEvent> {
  constructor({ maxEventBytes = Number.POSITIVE_INFINITY, tooLarge }: SseDecoderOptions = {}) {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const fail = () =>
      tooLarge?.(maxEventBytes) ?? new RangeError(`An event is over ${maxEventBytes} bytes.`);
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let afterCR = false; // the last chunk ended in \r: a \n opening the next one belongs to it
    let first = true;
    let event: string | undefined;
    let data: string[] = [];
    let dataBytes = 0;

    const line = (bytes: Uint8Array, controller: TransformStreamDefaultController<SseEvent>) => {
      let text = decoder.decode(bytes);
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text === '') {
        if (data.length > 0) controller.enqueue({ event, data: data.join('\n') });
        event = undefined;
        data = [];
        dataBytes = 0;
        return;
      }
      if (text.charCodeAt(0) === 58) return; // ':' a comment, such as a keep-alive ping
      const colon = text.indexOf(':');
      const field = colon < 0 ? text : text.slice(0, colon);
      let value = colon < 0 ? '' : text.slice(colon + 1);
      if (value.charCodeAt(0) === 32) value = value.slice(1);
      if (field === 'data') {
        dataBytes += bytes.length;
        if (dataBytes > maxEventBytes) throw fail();
        data.push(value);
      } else if (field === 'event') event = value;
    };

    const take = (piece: Uint8Array) => {
      if (piece.length === 0) return;
      pendingBytes += piece.length;
      if (pendingBytes > maxEventBytes) throw fail();
      pending.push(piece);
    };

    const endLine = (piece: Uint8Array, controller: TransformStreamDefaultController<SseEvent>) => {
      if (pending.length === 0) return line(piece, controller);
      take(piece);
      const whole = new Uint8Array(pendingBytes);
      let offset = 0;
      for (const part of pending) {
        whole.set(part, offset);
        offset += part.length;
      }
      pending = [];
      pendingBytes = 0;
      line(whole, controller);
    };

    super({
      transform(chunk, controller) {
        let start = 0;
        if (afterCR && chunk[0] === LF) start = 1;
        afterCR = false;
        // Next \n and \r, each found once per chunk: no byte is looked at twice.
        let nextLF = chunk.indexOf(LF, start);
        let nextCR = chunk.indexOf(CR, start);
        while (nextLF >= 0 || nextCR >= 0) {
          const end = nextCR < 0 || (nextLF >= 0 && nextLF < nextCR) ? nextLF : nextCR;
          endLine(chunk.subarray(start, end), controller);
          start = end + 1;
          if (end === nextCR) {
            if (start === chunk.length) afterCR = true;
            else if (chunk[start] === LF) start += 1;
          }
          if (nextLF >= 0 && nextLF < start) nextLF = chunk.indexOf(LF, start);
          if (nextCR >= 0 && nextCR < start) nextCR = chunk.indexOf(CR, start);
        }
        take(chunk.subarray(start));
      },
      flush(controller) {
        if (pendingBytes > 0) endLine(new Uint8Array(0), controller);
        if (data.length > 0) controller.enqueue({ event, data: data.join('\n') });
      },
    });
  }
}
