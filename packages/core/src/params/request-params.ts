import { deepFreeze } from '../data/deep-freeze.js';
import { stringArgument, wrongArgument } from '../errors/check-argument.js';
import { clip } from '../errors/describe-value.js';
import type { ParamRule, RequestParam } from './param-rule.js';

const emotions = ['happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'calm', 'fluent', 'whisper'];
const bitrates = [32000, 64000, 128000, 256000];
const channels = { kind: 'choice', values: [1, 2] } as const;
const upTo = (max: number, min?: number): ParamRule => ({ kind: 'text', max, ...(min ? { min } : {}) });

const speech = (path: string, rateField: string, maxText: number): RequestParam[] =>
  [
    ['text', upTo(maxText, 1)],
    ['voice_setting.speed', { kind: 'number', min: 0.5, max: 2, default: 1 }],
    ['voice_setting.vol', { kind: 'number', above: 0, max: 10, default: 1 }],
    ['voice_setting.pitch', { kind: 'number', min: -12, max: 12, integer: true, default: 0 }],
    ['voice_setting.emotion', { kind: 'choice', values: [...emotions, 'neutral'] }],
    [
      `audio_setting.${rateField}`,
      { kind: 'choice', values: [8000, 16000, 22050, 24000, 32000, 44100], default: 32000 },
    ],
    ['audio_setting.bitrate', { kind: 'choice', values: bitrates, default: 128000 }],
    ['audio_setting.format', { kind: 'choice', values: ['mp3', 'pcm', 'flac', 'wav'], default: 'mp3' }],
    ['audio_setting.channel', { ...channels, default: 1 }],
  ].map(([field, rule]) => ({ path, field, rule }) as RequestParam);

const rows = (path: string, entries: [string, ParamRule][]): RequestParam[] =>
  entries.map(([field, rule]) => ({ path, field, rule }));

// MiniMax refuses a temperature or top_p of 0.
const chat = (path: string): RequestParam[] =>
  rows(path, [
    ['temperature', { kind: 'number', above: 0, max: 1 }],
    ['top_p', { kind: 'number', above: 0, max: 1 }],
    ['max_tokens', { kind: 'number', min: 1, integer: true }],
  ]);

/**
 * The ranges of MiniMax's request parameters, per endpoint path, that the client checks before
 * sending and the mock enforces. Source: https://platform.minimax.io/docs/api-reference (the T2A,
 * video, image, music, lyrics and voice pages), read 2026-11-23.
 */
export const requestParams: readonly RequestParam[] = /* @__PURE__ */ deepFreeze([
  ...['/v1/chat/completions', '/anthropic/v1/messages', '/v1/text/chatcompletion_v2'].flatMap(chat),
  ...speech('/v1/t2a_v2', 'sample_rate', 9_999),
  ...speech('/v1/t2a_async_v2', 'audio_sample_rate', 1_000_000),
  ...rows('/v1/video_generation', [
    ['prompt', upTo(2000)],
    ['resolution', { kind: 'choice', values: ['512P', '720P', '768P', '1080P'], default: '768P' }],
    ['duration', { kind: 'choice', values: [6, 10], default: 6 }],
  ]),
  ...rows('/v1/image_generation', [
    ['prompt', upTo(1500, 1)],
    ['n', { kind: 'number', min: 1, max: 9, integer: true, default: 1 }],
    ['width', { kind: 'number', min: 512, max: 2048, integer: true }],
    ['height', { kind: 'number', min: 512, max: 2048, integer: true }],
    ['aspect_ratio', { kind: 'choice', values: ['1:1', '16:9', '4:3', '3:2', '2:3', '3:4', '9:16', '21:9'] }],
  ]),
  ...rows('/v1/music_generation', [
    ['prompt', upTo(2000)],
    ['lyrics', upTo(3500, 1)],
    ['audio_setting.sample_rate', { kind: 'choice', values: [16000, 24000, 32000, 44100], default: 44100 }],
    ['audio_setting.bitrate', { kind: 'choice', values: bitrates, default: 256000 }],
    ['audio_setting.format', { kind: 'choice', values: ['mp3', 'wav', 'pcm'], default: 'mp3' }],
    ['audio_setting.channel', { ...channels, default: 2 }],
  ]),
  ...rows('/v1/lyrics_generation', [
    ['mode', { kind: 'choice', values: ['write_full_song', 'edit'] }],
    ['prompt', upTo(2000)],
    ['lyrics', upTo(3500)],
  ]),
  ...rows('/v1/voice_clone', [['text', upTo(1000)]]),
  ...rows('/v1/voice_design', [
    ['prompt', upTo(2000, 1)],
    ['preview_text', upTo(500, 1)],
  ]),
]);

const byKey = new Map(requestParams.map((param) => [`${param.path} ${param.field}`, param.rule]));

/** The rule of one parameter of one endpoint; `InvalidUsageError` naming the known ones when minimax-kit has none. */
export function requestParam(path: string, field: string): ParamRule {
  stringArgument(path, 'path', 'pass an endpoint path such as "/v1/t2a_v2"');
  stringArgument(field, 'field', 'pass a parameter such as "voice_setting.speed"');
  const rule = byKey.get(`${path} ${field}`);
  if (rule) return rule;
  const known = requestParams.filter((param) => param.path === path).map((param) => param.field);
  if (known.length === 0) {
    const paths = [...new Set(requestParams.map((param) => param.path))];
    wrongArgument('path', path, `minimax-kit knows no parameters of it; use one of ${paths.join(', ')}`);
  }
  const use = `minimax-kit knows no parameter ${clip(field)} of ${path}; use one of ${known.join(', ')}`;
  return wrongArgument('field', field, use);
}

/** What MiniMax uses for a parameter a request leaves out (`undefined`: nothing, or no default). */
export function paramDefault(path: string, field: string): string | number | undefined {
  const rule = requestParam(path, field);
  return rule.kind === 'text' ? undefined : rule.default;
}
