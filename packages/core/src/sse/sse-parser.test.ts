import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SseDecoderStream } from './sse-decoder-stream.js';
import type { SseEvent } from './sse-event.js';
import { SseParser } from './sse-parser.js';

const encoder = new TextEncoder();

async function decode(chunks: Uint8Array[], maxEventBytes?: number): Promise<SseEvent[]> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const events: SseEvent[] = [];
  const options = maxEventBytes === undefined ? {} : { maxEventBytes };
  const reader = source.pipeThrough(new SseDecoderStream(options)).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) events.push(next.value);
  return events;
}

/** The specification's algorithm, on the whole text at once: what any chunking must give. */
function reference(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  let event: string | undefined;
  let data: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const complete = /(\r\n|\r|\n)$/.test(text) ? lines.slice(0, -1) : lines;
  for (const line of [...complete, '']) {
    if (line === '') {
      if (data.length) events.push({ event, data: data.join('\n') });
      event = undefined;
      data = [];
    } else if (!line.startsWith(':')) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'event') event = value;
    }
  }
  return events;
}

/** Splits bytes at the given cut points. */
const cut = (bytes: Uint8Array, cuts: number[]) => {
  const points = [...new Set(cuts.map((at) => at % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
};

describe('SseDecoderStream', () => {
  it('decodes events, comments, multi-line data, every line end and a BOM', async () => {
    const text =
      '\uFEFF: hello\nevent: a\ndata: 1\ndata:2\r\n\r\ndata: 你好\r\r: ping\n\nid: 4\ndata\n\ndata: tail';
    expect(await decode([encoder.encode(text)])).toEqual([
      { event: 'a', data: '1\n2' },
      { event: undefined, data: '你好' },
      { event: undefined, data: '' },
      { event: undefined, data: 'tail' },
    ]);
  });

  it('gives what the specification does for any text cut into any chunks', async () => {
    const piece = fc.constantFrom(
      'data',
      'event',
      ':',
      ': ping',
      ' ',
      'x',
      '你',
      '\n',
      '\r',
      '\r\n',
      'data: {"a":1}',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.nat(400), { maxLength: 8 }),
        async (pieces, cuts) => {
          const text = pieces.join('');
          expect(await decode(cut(encoder.encode(text), cuts))).toEqual(reference(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fails a line or an event over maxEventBytes, without reading on', async () => {
    await expect(decode([encoder.encode(`data: ${'x'.repeat(200)}`)], 100)).rejects.toThrow(/over 100 bytes/);
    const many = `${'data: xxxxxxxxxx\n'.repeat(20)}\n`;
    await expect(decode([encoder.encode(many)], 100)).rejects.toThrow(/over 100 bytes/);
    expect(await decode([encoder.encode(many)], 1000)).toHaveLength(1);
  });

  it('decodes synchronously as bytes are pushed, and ends an unterminated event', () => {
    const parser = new SseParser();
    const events: SseEvent[] = [];
    parser.push(encoder.encode('event: a\ndata: 1\n\ndata: 2'), (event) => events.push(event));
    expect(events).toEqual([{ event: 'a', data: '1' }]);
    parser.push(encoder.encode('3\r'), (event) => events.push(event));
    parser.end((event) => events.push(event));
    expect(events).toEqual([
      { event: 'a', data: '1' },
      { event: undefined, data: '23' },
    ]);
  });

  it('decodes a 16 MB line with linear work: each byte searched, copied and decoded a bounded number of times', async () => {
    // Work is counted, not timed: bytes searched for line ends, copied to join pieces, and decoded.
    let searched = 0;
    class Counted extends Uint8Array {
      override indexOf(value: number, from = 0): number {
        const at = super.indexOf(value, from);
        searched += (at < 0 ? this.length : at + 1) - from;
        return at;
      }
    }
    const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as Uint8Array;
    const set = typedArray.set;
    let copied = 0;
    const copy = vi.spyOn(typedArray, 'set').mockImplementation(function (this: Uint8Array, source, offset) {
      copied += (source as ArrayLike<number>).length;
      return set.call(this, source as ArrayLike<number>, offset);
    });
    const decode = TextDecoder.prototype.decode;
    let decoded = 0;
    const decoding = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (
      this: TextDecoder,
      input,
      options,
    ) {
      decoded += input?.byteLength ?? 0;
      return decode.call(this, input, options);
    });
    const size = 16 * 2 ** 20;
    const piece = 4096;
    const chunks = [new Counted(encoder.encode('data: '))];
    for (let at = 0; at < size; at += piece) chunks.push(new Counted(piece).fill(0x61));
    chunks.push(new Counted(encoder.encode('\n\n')));
    const input = chunks.reduce((total, chunk) => total + chunk.length, 0);
    const events: SseEvent[] = [];
    const parser = new SseParser();
    try {
      for (const chunk of chunks) parser.push(chunk, (event) => events.push(event));
      parser.end((event) => events.push(event));
    } finally {
      copy.mockRestore();
      decoding.mockRestore();
    }
    expect(events).toHaveLength(1);
    expect(events[0]?.data.length).toBe(size);
    // Two searches (\n and \r) over every byte, one join, one decode: a quadratic decoder does
    // thousands of times this on a line of 4,096 chunks.
    expect(searched).toBeLessThanOrEqual(2 * input);
    expect(copied).toBeLessThanOrEqual(input);
    expect(decoded).toBeLessThanOrEqual(input);
    expect(searched + copied + decoded).toBeGreaterThanOrEqual(3 * size);
  });
});
