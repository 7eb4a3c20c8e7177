import { findModel } from '@minimax-kit/core';
import type { Handler } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';
import { stringField } from '../util/fields.js';

const ok = { status_code: 0, status_msg: 'success' };
const sections = ['intro', 'verse', 'chorus', 'verse', 'chorus', 'outro'] as const;

/**
 * `POST /v1/music_cover_preprocess`: reads a song (`audio_url` or `audio_base64`) for a cover and
 * answers a `cover_feature_id` (valid 24 hours), its lyrics and its structure as a JSON string of
 * segments in seconds. The mock does not listen: the song's length and structure come from the seed.
 */
export const preprocessCover: Handler = (ctx) => {
  const { body } = ctx;
  let cover = false;
  try {
    cover = findModel(String(body.model), 'music').cover === true;
  } catch {
    cover = false;
  }
  if (!cover) invalidParams(`model must be a music cover model, not '${String(body.model).slice(0, 80)}'`);
  // An empty string is no song: exactly one of the two must hold one.
  const url = stringField(body, 'audio_url');
  const base64 = stringField(body, 'audio_base64');
  if (!url === !base64) invalidParams('exactly one of audio_url and audio_base64 is required');
  return {
    respond(release) {
      release();
      const duration = ctx.random.int(60, 240);
      const step = duration / sections.length;
      const segments = sections.map((label, index) => ({
        label,
        start: Math.round(index * step * 100) / 100,
        end: Math.round((index + 1) * step * 100) / 100,
      }));
      return jsonResponse(
        {
          cover_feature_id: `cover-${ctx.runtime.nextId()}`,
          formatted_lyrics: '[verse]\nLa la la, the mock sings along\n[chorus]\nOh oh oh, a song of a song',
          structure_result: JSON.stringify(segments),
          audio_duration: duration,
          trace_id: ctx.traceId,
          base_resp: ok,
        },
        ctx.traceId,
      );
    },
  };
};
