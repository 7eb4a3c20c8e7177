import type { Random } from '../util/random.js';

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
