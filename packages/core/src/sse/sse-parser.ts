import type { SseDecoderOptions, SseEvent } from './sse-event.js';

const LF = 10;
const CR = 13;
const COLON = 58;
const SPACE = 32;

/**
 * Decodes a `text/event-stream` body fed in chunks, in time linear in its size: `\n`, `\r\n` and
 * `\r` line ends (also split across chunks), multi-line `data`, comments (which yield nothing), a
 * leading BOM and the one optional space after the colon. Lines are split on bytes (a line end never
 * occurs inside a UTF-8 character): every byte is searched once, and a line cut across chunks is
 * joined and decoded once, whole. Synchronous, so that a stream can be read as it passes through.
 */
export class SseParser {
  readonly #decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  readonly #max: number;
  readonly #tooLarge: ((limit: number) => Error) | undefined;
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  #afterCR = false; // the last chunk ended in \r: a \n opening the next one belongs to it
  #first = true;
  #event: string | undefined;
  #data: string[] = [];
  #dataBytes = 0;

  constructor({ maxEventBytes = Number.POSITIVE_INFINITY, tooLarge }: SseDecoderOptions = {}) {
    this.#max = maxEventBytes;
    this.#tooLarge = tooLarge;
  }

  /** Takes the next bytes, handing every event they complete to `onEvent`. */
  push(chunk: Uint8Array, onEvent: (event: SseEvent) => void): void {
    let start = this.#afterCR && chunk[0] === LF ? 1 : 0;
    this.#afterCR = false;
    // The next \n and the next \r, each searched for once per chunk: no byte is looked at twice.
    let nextLF = chunk.indexOf(LF, start);
    let nextCR = chunk.indexOf(CR, start);
    while (nextLF >= 0 || nextCR >= 0) {
      const end = nextCR < 0 || (nextLF >= 0 && nextLF < nextCR) ? nextLF : nextCR;
      this.#endLine(chunk.subarray(start, end), onEvent);
      start = end + 1;
      if (end === nextCR) {
        if (start === chunk.length) this.#afterCR = true;
        else if (chunk[start] === LF) start += 1;
      }
      if (nextLF >= 0 && nextLF < start) nextLF = chunk.indexOf(LF, start);
      if (nextCR >= 0 && nextCR < start) nextCR = chunk.indexOf(CR, start);
    }
    this.#take(chunk.subarray(start));
  }

  /** The input has ended: an unterminated last line and event still count. */
  end(onEvent: (event: SseEvent) => void): void {
    if (this.#pendingBytes > 0) this.#endLine(new Uint8Array(0), onEvent);
    this.#dispatch(onEvent);
  }

  #fail(): Error {
    return this.#tooLarge?.(this.#max) ?? new RangeError(`An event is over ${this.#max} bytes.`);
  }

  #take(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.#pendingBytes += piece.length;
    if (this.#pendingBytes > this.#max) throw this.#fail();
    this.#pending.push(piece);
  }

  // A line is whole: join its pieces once (none when it came in one chunk).
  #endLine(piece: Uint8Array, onEvent: (event: SseEvent) => void): void {
    if (this.#pending.length === 0) {
      this.#line(piece, onEvent);
      return;
    }
    this.#take(piece);
    const whole = new Uint8Array(this.#pendingBytes);
    let offset = 0;
    for (const part of this.#pending) {
      whole.set(part, offset);
      offset += part.length;
    }
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#line(whole, onEvent);
  }

  #dispatch(onEvent: (event: SseEvent) => void): void {
    if (this.#data.length > 0) onEvent({ event: this.#event, data: this.#data.join('\n') });
    this.#event = undefined;
    this.#data = [];
    this.#dataBytes = 0;
  }

  #line(bytes: Uint8Array, onEvent: (event: SseEvent) => void): void {
    let text = this.#decoder.decode(bytes);
    if (this.#first) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text === '') {
      this.#dispatch(onEvent);
      return;
    }
    if (text.charCodeAt(0) === COLON) return; // a comment, such as a keep-alive ping
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === SPACE) value = value.slice(1);
    if (field === 'data') {
      this.#dataBytes += bytes.length;
      if (this.#dataBytes > this.#max) throw this.#fail();
      this.#data.push(value);
    } else if (field === 'event') this.#event = value;
  }
}
