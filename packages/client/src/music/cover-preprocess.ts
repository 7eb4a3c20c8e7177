import type { infer as Infer, input as Input } from 'zod/mini';
import { enum as enumOf, looseObject, minLength, number, optional, refine, string } from 'zod/mini';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { checkRequest } from '../transport/check-request.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';

/** Parameters of cover preprocessing (`POST /v1/music_cover_preprocess`): the song, by URL or base64. */
export const coverPreprocessParamsSchema = looseObject({
  model: enumOf(['music-cover', 'music-cover-free']),
  audio_url: optional(string().check(minLength(1))),
  audio_base64: optional(string().check(minLength(1))),
}).check(
  refine(
    (params) => (params.audio_url === undefined) !== (params.audio_base64 === undefined),
    'pass exactly one of audio_url and audio_base64',
  ),
);
export type CoverPreprocessParams = Input<typeof coverPreprocessParamsSchema>;

const answerSchema = looseObject({
  cover_feature_id: string(),
  formatted_lyrics: optional(string()),
  structure_result: optional(string()),
  audio_duration: optional(number()),
});

/** One section of a song, in seconds. */
export interface CoverSegment {
  start: number;
  end: number;
  [field: string]: unknown;
}

/** A song read for a cover: the feature id (valid 24 hours), its lyrics and its structure. */
export type CoverPreprocessResult = Infer<typeof answerSchema> & {
  /** `structure_result` parsed; empty when MiniMax sent none or it is not a JSON array. */
  segments: CoverSegment[];
};

function segmentsOf(text: string | undefined): CoverSegment[] {
  if (text === undefined) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter(
          (item): item is CoverSegment => typeof item?.start === 'number' && typeof item?.end === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

/** Reads a song for `music-cover` generation. */
export async function coverPreprocess(
  transport: Transport,
  params: CoverPreprocessParams,
  given?: CallOptions | null,
): Promise<WithMeta<CoverPreprocessResult>> {
  const options = callOptions(given);
  const answer = await transport.json(
    '/v1/music_cover_preprocess',
    {
      method: 'POST',
      json: checkRequest(coverPreprocessParamsSchema, params),
      signal: options.signal,
    },
    answerSchema,
  );
  // Own enumerable fields only: the meta properties are attached again by withMeta.
  const result: CoverPreprocessResult = Object.assign({}, answer, {
    segments: segmentsOf(answer.structure_result),
  });
  return withMeta(result, answer.response, answer.cost);
}
