import type { SseDecoderOptions, SseEvent } from './sse-event.js';

const LF = 10;
const CR = 13;
const COLON = 58;
const SPACE = 32;
const empty = new Uint8Array(0);
const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
const data = new TextEncoder().encode('data');
const event = new TextEncoder().encode('event');

// Whether a line is the field `name`, alone or followed by its colon (a BOM: its three bytes).
function startsWith(line: Uint8Array, name: Uint8Array): boolean {
  if (line.length < name.length) return false;
  for (let i = 0; i < name.length; i++) if (line[i] !== name[i]) return false;
  return name === bom || line.length === name.length || line[name.length] === COLON;
}

/**
 * Decodes a `text/event-stream` body fed in chunks, in time linear in its size: `\n`, `\r\n` and
 * `\r` line ends (also split across chunks), multi-line `data`, comments (which yield nothing), a
 * leading BOM and the one optional space after the colon. Lines are split and their fields read on
 * bytes (a line end or a colon never occurs inside a UTF-8 character): every byte is searched once,
 * a line cut across chunks is joined once, whole, and only the values of `data` and `event` are
 * decoded. Synchronous, so that a stream can be read as it passes through.
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
  #data: string | undefined;
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
      this.#endLine(chunk, start, end, onEvent);
      start = end + 1;
      if (end === nextCR) {
        if (start === chunk.length) this.#afterCR = true;
        else if (chunk[start] === LF) start += 1;
      }
      if (nextLF >= 0 && nextLF < start) nextLF = chunk.indexOf(LF, start);
      if (nextCR >= 0 && nextCR < start) nextCR = chunk.indexOf(CR, start);
    }
    if (start < chunk.length) this.#take(chunk.subarray(start));
  }

  /** The input has ended: an unterminated last line and event still count. */
  end(onEvent: (event: SseEvent) => void): void {
    if (this.#pendingBytes > 0) this.#endLine(empty, 0, 0, onEvent);
    this.#dispatch(onEvent);
  }

  #fail(): Error {
    return this.#tooLarge?.(this.#max) ?? new RangeError(`An event is over ${this.#max} bytes.`);
  }

  #take(piece: Uint8Array): void {
    this.#pendingBytes += piece.length;
    if (this.#pendingBytes > this.#max) throw this.#fail();
    this.#pending.push(piece);
  }

  // The line `chunk[start, end)` is whole: join its pieces once (none when it came in one chunk).
  #endLine(chunk: Uint8Array, start: number, end: number, onEvent: (event: SseEvent) => void): void {
    if (this.#pending.length === 0) {
      if (start === end) this.#dispatch(onEvent);
      else this.#line(chunk.subarray(start, end), onEvent);
      return;
    }
    if (start < end) this.#take(chunk.subarray(start, end));
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
    this.#first = false;
    if (this.#data !== undefined) onEvent({ event: this.#event, data: this.#data });
    this.#event = undefined;
    this.#data = undefined;
    this.#dataBytes = 0;
  }

  // One line, read on its bytes: only `data` and `event` fields matter, and only a value is decoded.
  #line(line: Uint8Array, onEvent: (event: SseEvent) => void): void {
    let bytes = line;
    if (this.#first) {
      this.#first = false;
      if (startsWith(bytes, bom)) bytes = bytes.subarray(bom.length);
      if (bytes.length === 0) {
        this.#dispatch(onEvent);
        return;
      }
    }
    if (startsWith(bytes, data)) {
      this.#dataBytes += line.length;
      if (this.#dataBytes > this.#max) throw this.#fail();
      const value = this.#value(bytes, data.length);
      // Concatenation is linear here: the engine joins the pieces once, when the text is read.
      this.#data = this.#data === undefined ? value : `${this.#data}\n${value}`;
    } else if (startsWith(bytes, event)) this.#event = this.#value(bytes, event.length);
  }

  // The value after a field name that ends at `at`: none, or what follows the colon and one space.
  #value(bytes: Uint8Array, at: number): string {
    if (bytes.length === at) return '';
    const start = bytes[at + 1] === SPACE ? at + 2 : at + 1;
    return start >= bytes.length ? '' : this.#decoder.decode(bytes.subarray(start));
  }
}
