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
export function mp3Frames(
  durationMs: number,
  sampleRate: number,
  bitrate: number,
  channels: number,
): Uint8Array[] {
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
