import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseDecoderStream, type SseEvent } from './sse-decoder.js';

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

  it('decodes a 16 MB line in 64 KiB chunks in linear time', async () => {
    const size = 16 * 2 ** 20;
    const chunk = new Uint8Array(65_536).fill(0x61);
    const chunks = [encoder.encode('data: '), ...Array.from({ length: size / chunk.length }, () => chunk)];
    chunks.push(encoder.encode('\n\n'));
    const started = performance.now();
    const [event] = await decode(chunks);
    // Linear work takes well under a second; the quadratic decoder this replaced took about 30 s.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(event?.data.length).toBe(size);
  });
});
