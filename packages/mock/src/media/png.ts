import { concatBytes, crc32 } from '../util/bytes.js';
import type { Random } from '../util/random.js';

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i += 5552) {
    for (const byte of bytes.subarray(i, i + 5552)) {
      a += byte;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib data: compressed where the runtime has CompressionStream, stored blocks elsewhere. */
async function zlib(raw: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'function') {
    const stream = new Blob([raw as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  const blocks: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let offset = 0; offset < raw.length || offset === 0; offset += 65535) {
    const piece = raw.subarray(offset, offset + 65535);
    const last = offset + 65535 >= raw.length ? 1 : 0;
    blocks.push(
      new Uint8Array([
        last,
        piece.length & 0xff,
        piece.length >> 8,
        ~piece.length & 0xff,
        (~piece.length >> 8) & 0xff,
      ]),
      piece,
    );
    if (raw.length === 0) break;
  }
  const check = adler32(raw);
  blocks.push(new Uint8Array([check >>> 24, (check >>> 16) & 0xff, (check >>> 8) & 0xff, check & 0xff]));
  return concatBytes(blocks);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A `width` × `height` RGB PNG: a diagonal gradient between two seeded colours. */
export async function png(width: number, height: number, random: Random): Promise<Uint8Array> {
  const from = [random.int(0, 255), random.int(0, 255), random.int(0, 255)];
  const to = [random.int(0, 255), random.int(0, 255), random.int(0, 255)];
  const rowBytes = width * 3 + 1;
  const raw = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes;
    for (let x = 0; x < width; x++) {
      const t = (x + y) / Math.max(1, width + height - 2);
      for (let c = 0; c < 3; c++)
        raw[row + 1 + x * 3 + c] = Math.round((from[c] as number) * (1 - t) + (to[c] as number) * t);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  return concatBytes([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', await zlib(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
