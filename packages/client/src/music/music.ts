import type { infer as Infer, input as Input } from 'zod/mini';
import { boolean, enum as enumOf, looseObject, minLength, number, optional, string } from 'zod/mini';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { ValidationError } from '../errors/validation-error.js';
import { AudioStreamReader, type AudioStreamResult } from '../streaming/audio-stream.js';
import { EventStream } from '../streaming/event-stream.js';
import { checkRequest } from '../transport/check-request.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import { type AudioOutput, audioOutput, type OutputFormatOf } from '../util/audio-output.js';
import { optionalParam, paramSchema } from '../util/param-schema.js';
import {
  type CoverPreprocessParams,
  type CoverPreprocessResult,
  coverPreprocess,
} from './cover-preprocess.js';

const music = '/v1/music_generation';
const lyrics = '/v1/lyrics_generation';

/** Parameters of music generation (`POST /v1/music_generation`). */
export const musicParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  prompt: optionalParam<string>(music, 'prompt'),
  lyrics: optionalParam<string>(music, 'lyrics'),
  is_instrumental: optional(boolean()),
  output_format: optional(enumOf(['hex', 'url'])),
  audio_setting: optional(
    looseObject({
      sample_rate: optionalParam<number>(music, 'audio_setting.sample_rate'),
      bitrate: optionalParam<number>(music, 'audio_setting.bitrate'),
      format: optionalParam<'mp3' | 'wav' | 'pcm'>(music, 'audio_setting.format'),
      channel: optionalParam<number>(music, 'audio_setting.channel'),
    }),
  ),
});
export type MusicParams = Input<typeof musicParamsSchema>;

const musicInfoSchema = looseObject({
  music_duration: optional(number()),
  music_sample_rate: optional(number()),
  music_channel: optional(number()),
  bitrate: optional(number()),
  music_size: optional(number()),
});
/** What MiniMax reports about a song; `music_duration` in ms. */
export type MusicInfo = Infer<typeof musicInfoSchema>;

const musicAnswerSchema = looseObject({
  data: looseObject({ audio: string() }),
  extra_info: optional(musicInfoSchema),
});

/** Parameters of lyrics generation (`POST /v1/lyrics_generation`). */
export const lyricsParamsSchema = looseObject({
  mode: paramSchema<'write_full_song' | 'edit'>(lyrics, 'mode'),
  prompt: optionalParam<string>(lyrics, 'prompt'),
  lyrics: optionalParam<string>(lyrics, 'lyrics'),
  title: optional(string()),
});
export type LyricsParams = Input<typeof lyricsParamsSchema>;

const lyricsSchema = looseObject({
  song_title: optional(string()),
  style_tags: optional(string()),
  lyrics: string(),
});
export type Lyrics = Infer<typeof lyricsSchema>;

/**
 * A song: its audio bytes, or with `output_format: 'url'` a download URL (typed from the parameters
 * when they say), and `extra_info`.
 */
export type MusicResult<Format extends 'hex' | 'url' = 'hex' | 'url'> = AudioOutput<Format> & {
  extraInfo: MusicInfo | undefined;
};

/** Music and lyrics. */
export interface Music {
  /** Makes a song (billable: never re-sent blindly); it takes minutes, so the timeout is long. */
  generate<P extends MusicParams>(
    params: P,
    options?: CallOptions | null,
  ): Promise<WithMeta<MusicResult<OutputFormatOf<P>>>>;
  stream(
    params: MusicParams,
    options?: CallOptions | null,
  ): EventStream<Uint8Array, AudioStreamResult<MusicInfo>>;
  lyrics(params: LyricsParams, options?: CallOptions | null): Promise<WithMeta<Lyrics>>;
  /** Reads a song for a `music-cover` generation: its feature id (24 hours), lyrics and structure. */
  coverPreprocess(
    params: CoverPreprocessParams,
    options?: CallOptions | null,
  ): Promise<WithMeta<CoverPreprocessResult>>;
}

function checkMusic(params: MusicParams) {
  const json = checkRequest(musicParamsSchema, params);
  if (!json.prompt && !json.lyrics)
    throw new ValidationError('request', [{ path: 'prompt', message: 'prompt or lyrics is required' }]);
  return json;
}

/** The music resource over a transport. */
export function createMusic(transport: Transport): Music {
  return {
    async generate(params, given) {
      const options = callOptions(given);
      const json = { ...checkMusic(params), stream: false };
      const answer = await transport.json(
        '/v1/music_generation',
        { method: 'POST', json, job: true, signal: options.signal, timeout: 600_000 },
        musicAnswerSchema,
      );
      const result: MusicResult = {
        ...audioOutput(json.output_format, answer.data.audio),
        extraInfo: answer.extra_info,
      };
      // The format was read from the same parameters the type was.
      return withMeta(result as MusicResult<OutputFormatOf<typeof params>>, answer.response, answer.cost);
    },
    stream(params, given) {
      const options = callOptions(given);
      const json = { ...checkMusic(params), stream: true };
      return new EventStream(
        (signal) =>
          transport.send('/v1/music_generation', {
            method: 'POST',
            json,
            job: true,
            signal,
            timeout: 600_000,
          }),
        new AudioStreamReader<MusicInfo>(),
        // A song takes minutes to start; 0 (no idle limit) stays 0.
        transport.streamSettings(
          transport.options.streamIdleTimeout && Math.max(transport.options.streamIdleTimeout, 600_000),
          { method: 'POST', path: music, json },
        ),
        options.signal,
      );
    },
    async lyrics(params, given) {
      const options = callOptions(given);
      return transport.json(
        '/v1/lyrics_generation',
        { method: 'POST', json: checkRequest(lyricsParamsSchema, params), signal: options.signal },
        lyricsSchema,
      );
    },
    coverPreprocess: (params, options) => coverPreprocess(transport, params, options),
  };
}
