import { concatBytes } from '../util/bytes.js';
import { BitWriter } from './bit-writer.js';

/** A FLAC stream of 16-bit PCM in verbatim subframes: valid, uncompressed. */
export function flac(pcm: Uint8Array, sampleRate: number, channels: number): Uint8Array {
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const totalFrames = pcm.length / (2 * channels);
  const blockSize = 4096;
  const parts: Uint8Array[] = [new Uint8Array([0x66, 0x4c, 0x61, 0x43])];
  const info = new BitWriter();
  info.write(1, 1).write(0, 7).write(34, 24); // last metadata block, STREAMINFO, length 34
  info.write(blockSize, 16).write(Math.min(blockSize, totalFrames), 16).write(0, 24).write(0, 24);
  info
    .write(sampleRate, 20)
    .write(channels - 1, 3)
    .write(15, 5)
    .write(Math.floor(totalFrames / 2 ** 32), 4)
    .write(totalFrames >>> 0, 32);
  for (let i = 0; i < 16; i++) info.write(0, 8); // no MD5
  parts.push(info.bytes());
  for (let start = 0, index = 0; start < totalFrames; start += blockSize, index++) {
    const size = Math.min(blockSize, totalFrames - start);
    const frame = new BitWriter();
    frame.write(0b11111111111110, 14).write(0, 1).write(0, 1); // sync, reserved, fixed blocking
    frame
      .write(0b0111, 4)
      .write(0b0000, 4)
      .write(channels - 1, 4)
      .write(0b100, 3)
      .write(0, 1);
    frame.utf8(index);
    frame.write(size - 1, 16);
    frame.write(crc8(frame.bytes()), 8);
    for (let channel = 0; channel < channels; channel++) {
      frame.write(0, 1).write(1, 6).write(0, 1); // verbatim subframe, no wasted bits
      for (let i = 0; i < size; i++)
        frame.write(view.getInt16(((start + i) * channels + channel) * 2, true) & 0xffff, 16);
    }
    frame.align();
    frame.write(crc16(frame.bytes()), 16);
    parts.push(frame.bytes());
  }
  return concatBytes(parts);
}

/** FLAC's CRC-8 of a frame header (polynomial 0x07). */
function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** FLAC's CRC-16 of a whole frame (polynomial 0x8005). */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
