import { hexToBytes } from './hex.js';

/** Where finished audio is: bytes by default, or a download URL with `output_format: 'url'`. */
export type AudioOutput<Format extends 'hex' | 'url' = 'hex' | 'url'> = Format extends 'url'
  ? { audio: undefined; url: string }
  : { audio: Uint8Array; url: undefined };

/** The output format parameters ask for: known from their type when it says, else either. */
export type OutputFormatOf<Params> = Params extends { output_format: 'url' }
  ? 'url'
  : Params extends { output_format: 'hex' }
    ? 'hex'
    : 'output_format' extends keyof Params
      ? 'hex' | 'url'
      : 'hex';

/** Reads MiniMax's `data.audio`: hex-encoded bytes, or a URL when `output_format` was `url`. */
export function audioOutput(format: 'hex' | 'url' | undefined, audio: string): AudioOutput {
  return format === 'url' ? { audio: undefined, url: audio } : { audio: hexToBytes(audio), url: undefined };
}
