import { concatBytes } from '../util/bytes.js';
import type { Random } from '../util/random.js';
import { flac } from './flac.js';
import { mp3Frames } from './mp3.js';
import { pcm16 } from './pcm.js';
import { wavHeader } from './wav.js';

/** What the mock can synthesise: MiniMax's formats that are easy to make exactly. */
export type AudioFormat = 'mp3' | 'wav' | 'pcm' | 'flac';

/** Synthesised audio: the bytes, split into stream-sized chunks at frame boundaries. */
export interface Audio {
  chunks: Uint8Array[];
  bytes: Uint8Array;
  durationMs: number;
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
