import type { SseEvent } from '@minimax-kit/core';
import { ValidationError } from '../errors/validation-error.js';
import { audioEventSchema } from '../speech/speech-schemas.js';
import { issuesOf } from '../transport/check-request.js';
import { concatBytes, hexToBytes } from '../util/hex.js';
import type { StreamReader } from './event-stream.js';

/** A streamed audio answer, read to its end. */
export interface AudioStreamResult<Extra> {
  /** All the audio, once (MiniMax repeats it in its final event; that copy is not played twice). */
  audio: Uint8Array;
  /** `extra_info` of the final event. */
  extraInfo: Extra | undefined;
}

/**
 * Yields decoded audio chunks of status 1 events; the status 2 event ends the stream with its
 * `extra_info` and, unless excluded, the aggregated audio — which is not yielded again.
 */
export class AudioStreamReader<Extra> implements StreamReader<Uint8Array, AudioStreamResult<Extra>> {
  finished = false;
  #chunks: Uint8Array[] = [];
  #final: Uint8Array | undefined;
  #extra: Extra | undefined;

  read(_event: SseEvent, json: unknown): Uint8Array[] {
    const parsed = audioEventSchema.safeParse(json);
    if (!parsed.success) throw new ValidationError('response', issuesOf(parsed.error.issues));
    const { data, extra_info } = parsed.data;
    const hex = data?.audio ?? '';
    if (data?.status === 2) {
      this.finished = true;
      this.#extra = extra_info as Extra | undefined;
      if (hex) this.#final = hexToBytes(hex);
      return [];
    }
    if (!hex) return [];
    const chunk = hexToBytes(hex);
    this.#chunks.push(chunk);
    return [chunk];
  }

  reported(): unknown {
    return { extra_info: this.#extra };
  }

  result(): AudioStreamResult<Extra> {
    return { audio: this.#final ?? concatBytes(this.#chunks), extraInfo: this.#extra };
  }
}
