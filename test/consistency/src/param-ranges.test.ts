import { requestParams } from '@minimax-kit/core';
import { createMockMiniMax } from '@minimax-kit/mock';
import { describe, expect, it } from 'vitest';
import { chatParamsSchema } from '../../../packages/client/src/chat/chat-schemas.js';
import { messageParamsSchema } from '../../../packages/client/src/chat/message-schemas.js';
import { imageParamsSchema } from '../../../packages/client/src/image/image.js';
import { lyricsParamsSchema, musicParamsSchema } from '../../../packages/client/src/music/music.js';
import {
  speechAsyncParamsSchema,
  speechParamsSchema,
} from '../../../packages/client/src/speech/speech-schemas.js';
import { videoParamsSchema } from '../../../packages/client/src/video/video.js';
import { cloneParamsSchema, designParamsSchema } from '../../../packages/client/src/voices/voices.js';
import { probesOf, withField } from './probes.js';

interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
}

const speech = { model: 'speech-2.8-hd', text: 'hello', voice_setting: { voice_id: 'male-qn-qingse' } };

const messages = [{ role: 'user', content: 'hi' }];

// For each endpoint with parameter ranges: the client's schema (none for native chat, which the
// client leaves to plain fetch) and a body both accept.
const endpoints: Record<string, { schema?: Schema; body: Record<string, unknown> }> = {
  '/v1/chat/completions': { schema: chatParamsSchema, body: { model: 'MiniMax-M2', messages } },
  '/anthropic/v1/messages': {
    schema: messageParamsSchema,
    body: { model: 'MiniMax-M2', max_tokens: 64, messages },
  },
  '/v1/text/chatcompletion_v2': { body: { model: 'MiniMax-M2', messages } },
  '/v1/t2a_v2': { schema: speechParamsSchema, body: speech },
  '/v1/t2a_async_v2': { schema: speechAsyncParamsSchema, body: speech },
  '/v1/video_generation': {
    schema: videoParamsSchema,
    body: { model: 'MiniMax-Hailuo-2.3', prompt: 'a cat' },
  },
  '/v1/image_generation': { schema: imageParamsSchema, body: { model: 'image-01', prompt: 'a cat' } },
  '/v1/music_generation': {
    schema: musicParamsSchema,
    body: { model: 'music-2.6', prompt: 'pop', lyrics: 'la' },
  },
  '/v1/lyrics_generation': {
    schema: lyricsParamsSchema,
    body: { mode: 'write_full_song', prompt: 'a song' },
  },
  '/v1/voice_clone': {
    schema: cloneParamsSchema,
    body: { file_id: 1, voice_id: 'my-voice-01', model: 'speech-2.8-hd', text: 'hi' },
  },
  '/v1/voice_design': { schema: designParamsSchema, body: { prompt: 'a warm voice', preview_text: 'hello' } },
};

const cases = requestParams.flatMap(({ path, field, rule }) =>
  probesOf(rule).map((probe) => ({
    path,
    field,
    ...probe,
    name: `${path} ${field} = ${String(probe.value).slice(0, 12)}`,
  })),
);

describe('parameter ranges: the client and the mock allow exactly what core allows', () => {
  it('every endpoint with ranges in core has its client schema here', () => {
    expect([...new Set(requestParams.map((param) => param.path))].sort()).toEqual(
      Object.keys(endpoints).sort(),
    );
  });

  it.each(cases.filter(({ path }) => endpoints[path]?.schema))(
    'client: $name',
    ({ path, field, value, allowed }) => {
      const { schema, body } = endpoints[path] as Required<(typeof endpoints)[string]>;
      const result = schema.safeParse(withField(body, field, value));
      const flagged = (result.error?.issues ?? []).some((issue) => issue.path.join('.') === field);
      expect(
        flagged,
        `client ${allowed ? 'refuses' : 'allows'} ${field} = ${String(value).slice(0, 20)}`,
      ).toBe(!allowed);
    },
  );

  const mock = createMockMiniMax({ sleep: async () => {} });
  it.each(cases)('mock: $name', async ({ path, field, value, allowed }) => {
    const { body } = endpoints[path] as (typeof endpoints)[string];
    const response = await mock.fetch(
      new Request(`https://api.minimax.io${path}`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
        body: JSON.stringify(withField(body, field, value)),
      }),
    );
    // Native endpoints answer `base_resp`; compatible ones `error.message` ending in `(code)`.
    const answer = (await response.json()) as {
      base_resp?: { status_code: number; status_msg: string };
      error?: { message: string };
    };
    const message =
      answer.base_resp?.status_code === 2013 ? answer.base_resp.status_msg : answer.error?.message;
    const pattern = new RegExp(
      `^invalid params, (body\\.)?${field.replaceAll('.', '\\.')} [^(]*( \\(2013\\))?$`,
    );
    const flagged = message !== undefined && pattern.test(message);
    expect(flagged, `mock ${allowed ? 'refuses' : 'allows'} ${field}: ${message}`).toBe(!allowed);
  });
});
