import { concatBytes } from '../util/bytes.js';
import type { Random } from '../util/random.js';

/** What the mock can synthesise: MiniMax's formats that are easy to make exactly. */
export type AudioFormat = 'mp3' | 'wav' | 'pcm' | 'flac';

/** Synthesised audio: the bytes, split into stream-sized chunks at frame boundaries. */
export interface Audio {
  chunks: Uint8Array[];
  bytes: Uint8Array;
  durationMs: number;
}

/** 16-bit little-endian PCM: a soft tone whose pitch follows the seed, one note per 250 ms. */
export function pcm16(durationMs: number, sampleRate: number, channels: number, random: Random): Uint8Array {
  const frames = Math.round((durationMs * sampleRate) / 1000);
  const out = new Uint8Array(frames * channels * 2);
  const view = new DataView(out.buffer);
  const noteFrames = Math.max(1, Math.round(sampleRate / 4));
  let frequency = 220;
  let phase = 0;
  for (let frame = 0; frame < frames; frame++) {
    if (frame % noteFrames === 0) frequency = 196 + random.int(0, 12) * 22;
    phase += (2 * Math.PI * frequency) / sampleRate;
    const fade = Math.min(1, (frame % noteFrames) / 400, (noteFrames - (frame % noteFrames)) / 400);
    const sample = Math.round(Math.sin(phase) * 6000 * fade);
    for (let channel = 0; channel < channels; channel++)
      view.setInt16((frame * channels + channel) * 2, sample, true);
  }
  return out;
}

/** A RIFF/WAVE header for 16-bit PCM. */
function wavHeader(dataBytes: number, sampleRate: number, channels: number): Uint8Array {
  const header = new Uint8Array(44);
  const view = new DataView(header.buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) header[offset + i] = value.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  return header;
}

const mp3Bitrates: Record<number, number[]> = {
  // kbps by bitrate index, MPEG-1 Layer III and MPEG-2/2.5 Layer III
  1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const mp3Rates: Record<number, [version: number, index: number]> = {
  44100: [1, 0],
  48000: [1, 1],
  32000: [1, 2],
  22050: [2, 0],
  24000: [2, 1],
  16000: [2, 2],
  11025: [2.5, 0],
  12000: [2.5, 1],
  8000: [2.5, 2],
};

/**
 * Silent MPEG audio Layer III frames: a valid MP3 stream every decoder plays. The bitrate is the
 * nearest one the MPEG version allows at or below the requested one.
 */
function mp3Frames(durationMs: number, sampleRate: number, bitrate: number, channels: number): Uint8Array[] {
  const hz = sampleRate in mp3Rates ? sampleRate : 32000;
  const [version, rateIndex] = mp3Rates[hz] as [number, number];
  const table = mp3Bitrates[version === 1 ? 1 : 2] as number[];
  const kbps = Math.max(
    ...table.filter((value) => value > 0 && value <= Math.max(bitrate / 1000, table[1] as number)),
  );
  const bitrateIndex = table.indexOf(kbps);
  const samplesPerFrame = version === 1 ? 1152 : 576;
  const frameBytes = Math.floor(((samplesPerFrame / 8) * kbps * 1000) / hz);
  const frameCount = Math.max(1, Math.ceil((durationMs * hz) / 1000 / samplesPerFrame));
  const versionBits = version === 1 ? 0b11 : version === 2 ? 0b10 : 0b00;
  const frame = new Uint8Array(frameBytes);
  frame[0] = 0xff;
  frame[1] = 0xe0 | (versionBits << 3) | (0b01 << 1) | 1; // Layer III, no CRC
  frame[2] = (bitrateIndex << 4) | (rateIndex << 2);
  frame[3] = channels === 1 ? 0b11000000 : 0; // mono or stereo
  return Array.from({ length: frameCount }, () => frame);
}

/** Audio in `format`, `durationMs` long, deterministic for `random`'s seed. */
export function synthesize(
  format: AudioFormat,
  durationMs: number,
  settings: { sampleRate: number; bitrate: number; channels: number },
  random: Random,
): Audio {
  const { sampleRate, bitrate, channels } = settings;
  let chunks: Uint8Array[];
  if (format === 'mp3') {
    const frames = mp3Frames(durationMs, sampleRate, bitrate, channels);
    const perChunk = Math.max(1, Math.ceil(frames.length / 8));
    chunks = [];
    for (let i = 0; i < frames.length; i += perChunk) chunks.push(concatBytes(frames.slice(i, i + perChunk)));
  } else {
    const pcm = pcm16(durationMs, sampleRate, channels, random);
    const step = Math.max(2 * channels, Math.ceil(pcm.length / 8 / (2 * channels)) * 2 * channels);
    chunks = [];
    for (let i = 0; i < pcm.length; i += step) chunks.push(pcm.subarray(i, i + step));
    if (format === 'wav') chunks.unshift(wavHeader(pcm.length, sampleRate, channels));
    if (format === 'flac') chunks = [flac(pcm, sampleRate, channels)];
  }
  return { chunks, bytes: concatBytes(chunks), durationMs };
}

/** A FLAC stream of 16-bit PCM in verbatim subframes: valid, uncompressed. */
function flac(pcm: Uint8Array, sampleRate: number, channels: number): Uint8Array {
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

class BitWriter {
  private out: number[] = [];
  private current = 0;
  private bits = 0;

  write(value: number, width: number): this {
    for (let bit = width - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | (Math.floor(value / 2 ** bit) & 1);
      this.bits += 1;
      if (this.bits === 8) {
        this.out.push(this.current);
        this.current = 0;
        this.bits = 0;
      }
    }
    return this;
  }

  /** FLAC's UTF-8-like coding of a frame number. */
  utf8(value: number): this {
    if (value < 0x80) return this.write(value, 8);
    if (value < 0x800) return this.write(0xc0 | (value >> 6), 8).write(0x80 | (value & 0x3f), 8);
    return this.write(0xe0 | (value >> 12), 8)
      .write(0x80 | ((value >> 6) & 0x3f), 8)
      .write(0x80 | (value & 0x3f), 8);
  }

  align(): this {
    if (this.bits > 0) this.write(0, 8 - this.bits);
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
