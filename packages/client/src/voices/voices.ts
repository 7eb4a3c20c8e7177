import type { infer as Infer, input as Input } from 'zod/mini';
import {
  array,
  boolean,
  enum as enumOf,
  looseObject,
  number,
  optional,
  regex,
  string,
  union,
} from 'zod/mini';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { ValidationError } from '../errors/validation-error.js';
import { fileIdParam } from '../files/files.js';
import { checkRequest } from '../transport/check-request.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import { hexToBytes } from '../util/hex.js';
import { optionalParam, paramSchema } from '../util/param-schema.js';

const voiceId = string().check(
  regex(/^[A-Za-z][A-Za-z0-9_-]{7,255}$/, 'must be 8–256 letters, digits, - or _, starting with a letter'),
);

/** Parameters of voice cloning (`POST /v1/voice_clone`) from a file uploaded with purpose `voice_clone`. */
export const cloneParamsSchema = looseObject({
  file_id: union([string(), number()]),
  voice_id: voiceId,
  text: optionalParam<string>('/v1/voice_clone', 'text'),
  model: optional(string()),
  need_noise_reduction: optional(boolean()),
  need_volume_normalization: optional(boolean()),
});
export type CloneParams = Input<typeof cloneParamsSchema>;

/** Parameters of voice design (`POST /v1/voice_design`). */
export const designParamsSchema = looseObject({
  prompt: paramSchema<string>('/v1/voice_design', 'prompt'),
  preview_text: paramSchema<string>('/v1/voice_design', 'preview_text'),
  voice_id: optional(voiceId),
});
export type DesignParams = Input<typeof designParamsSchema>;

const voice = looseObject({
  voice_id: string(),
  voice_name: optional(string()),
  description: optional(array(string())),
  created_time: optional(string()),
});
const voiceListSchema = looseObject({
  system_voice: optional(array(voice)),
  voice_cloning: optional(array(voice)),
  voice_generation: optional(array(voice)),
});
export type VoiceList = Infer<typeof voiceListSchema>;

/** Voices: list, clone, design. A new voice's fee is charged when it is first used for speech. */
export interface Voices {
  list(
    type?: 'system' | 'voice_cloning' | 'voice_generation' | 'all',
    options?: CallOptions | null,
  ): Promise<WithMeta<VoiceList>>;
  /** Clones a voice (billable: never re-sent blindly). `demo_audio` is a URL when `text` was given. */
  clone(
    params: CloneParams,
    options?: CallOptions | null,
  ): Promise<WithMeta<{ demo_audio?: string | undefined }>>;
  /** Designs a voice; `trialAudio` is the decoded preview. */
  design(
    params: DesignParams,
    options?: CallOptions | null,
  ): Promise<WithMeta<{ voiceId: string; trialAudio: Uint8Array | undefined }>>;
}

/** The voices resource over a transport. */
export function createVoices(transport: Transport): Voices {
  return {
    async list(type = 'all', given) {
      const options = callOptions(given);
      const voice_type = checkRequest(enumOf(['system', 'voice_cloning', 'voice_generation', 'all']), type);
      return transport.json(
        '/v1/get_voice',
        { method: 'POST', json: { voice_type }, signal: options.signal },
        voiceListSchema,
      );
    },
    async clone(params, given) {
      const options = callOptions(given);
      const json = checkRequest(cloneParamsSchema, params);
      const body = { ...json, file_id: BigInt(fileIdParam(String(json.file_id))) };
      if (json.text && !json.model)
        throw new ValidationError('request', [{ path: 'model', message: 'is required when text is given' }]);
      return transport.json(
        '/v1/voice_clone',
        { method: 'POST', json: body, job: true, signal: options.signal },
        looseObject({ demo_audio: optional(string()) }),
      );
    },
    async design(params, given) {
      const options = callOptions(given);
      const answer = await transport.json(
        '/v1/voice_design',
        { method: 'POST', json: checkRequest(designParamsSchema, params), job: true, signal: options.signal },
        looseObject({ voice_id: string(), trial_audio: optional(string()) }),
      );
      return withMeta(
        {
          voiceId: answer.voice_id,
          trialAudio: answer.trial_audio ? hexToBytes(answer.trial_audio) : undefined,
        },
        answer.response,
        answer.cost,
      );
    },
  };
}
