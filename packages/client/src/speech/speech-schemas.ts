import type { infer as Infer, input as Input } from 'zod/mini';
import {
  array,
  boolean,
  enum as enumOf,
  gte,
  int,
  looseObject,
  lte,
  maxLength,
  minLength,
  number,
  optional,
  string,
  union,
  unknown,
} from 'zod/mini';
import { optionalParam, paramSchema } from '../util/param-schema.js';
import { baseRespSchema, idSchema } from '../util/schemas.js';

const sync = '/v1/t2a_v2';
const async = '/v1/t2a_async_v2';

type Emotion =
  | 'happy'
  | 'sad'
  | 'angry'
  | 'fearful'
  | 'disgusted'
  | 'surprised'
  | 'calm'
  | 'fluent'
  | 'whisper'
  | 'neutral';

const voiceSetting = looseObject({
  voice_id: optional(string()),
  speed: optionalParam<number>(sync, 'voice_setting.speed'),
  vol: optionalParam<number>(sync, 'voice_setting.vol'),
  pitch: optionalParam<number>(sync, 'voice_setting.pitch'),
  emotion: optionalParam<Emotion>(sync, 'voice_setting.emotion'),
});

const audio = {
  bitrate: optionalParam<number>(sync, 'audio_setting.bitrate'),
  format: optionalParam<'mp3' | 'pcm' | 'flac' | 'wav'>(sync, 'audio_setting.format'),
  channel: optionalParam<number>(sync, 'audio_setting.channel'),
};

const common = {
  model: string().check(minLength(1, 'is required')),
  voice_setting: optional(voiceSetting),
  pronunciation_dict: optional(looseObject({ tone: optional(array(string())) })),
  timbre_weights: optional(
    array(looseObject({ voice_id: string(), weight: int().check(gte(1), lte(100)) })).check(maxLength(4)),
  ),
  language_boost: optional(string()),
  voice_modify: optional(unknown()),
};

/** Parameters of synchronous speech (`POST /v1/t2a_v2`). */
export const speechParamsSchema = looseObject({
  ...common,
  text: paramSchema<string>(sync, 'text', {
    tooLong: 'must be under 10,000 characters; use createAsync() for long text',
  }),
  audio_setting: optional(
    looseObject({ ...audio, sample_rate: optionalParam<number>(sync, 'audio_setting.sample_rate') }),
  ),
  output_format: optional(enumOf(['hex', 'url'])),
  subtitle_enable: optional(boolean()),
});
export type SpeechParams = Input<typeof speechParamsSchema>;

/** Parameters of long-text speech (`POST /v1/t2a_async_v2`): `text`, or an uploaded `text_file_id`. */
export const speechAsyncParamsSchema = looseObject({
  ...common,
  text: optionalParam<string>(async, 'text'),
  text_file_id: optional(union([string(), number()])),
  audio_setting: optional(
    looseObject({
      ...audio,
      audio_sample_rate: optionalParam<number>(async, 'audio_setting.audio_sample_rate'),
    }),
  ),
});
export type SpeechAsyncParams = Input<typeof speechAsyncParamsSchema>;

/** What MiniMax reports about synthesised audio. */
export const extraInfoSchema = looseObject({
  audio_length: optional(number()),
  audio_sample_rate: optional(number()),
  audio_size: optional(number()),
  bitrate: optional(number()),
  word_count: optional(number()),
  usage_characters: optional(number()),
  audio_format: optional(string()),
  audio_channel: optional(number()),
});
export type ExtraInfo = Infer<typeof extraInfoSchema>;

/** A synchronous speech answer. */
export const speechAnswerSchema = looseObject({
  data: looseObject({ audio: string(), status: optional(number()), subtitle_file: optional(string()) }),
  extra_info: optional(extraInfoSchema),
  trace_id: optional(string()),
  base_resp: baseRespSchema,
});

/** One event of a speech or music stream. */
export const audioEventSchema = looseObject({
  data: optional(looseObject({ audio: optional(string()), status: optional(number()) })),
  extra_info: optional(looseObject({})),
});

/** The answer to creating long-text speech. */
export const speechTaskSchema = looseObject({
  task_id: idSchema,
  file_id: optional(idSchema),
  task_token: optional(string()),
  usage_characters: optional(number()),
});
export type SpeechTask = Infer<typeof speechTaskSchema>;

/** The status of long-text speech. */
export const speechTaskStatusSchema = looseObject({
  task_id: idSchema,
  status: string(),
  file_id: optional(idSchema),
});
export type SpeechTaskStatus = Infer<typeof speechTaskStatusSchema>;
