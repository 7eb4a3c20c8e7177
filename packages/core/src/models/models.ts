import { deepFreeze } from '../data/deep-freeze.js';
import type { ModelInfo } from './model-schema.js';

const both = ['cn', 'global'] as const;

const text = (id: string, contextWindow?: number, extra: Partial<ModelInfo> = {}): ModelInfo => ({
  id,
  modality: 'text',
  regions: [...both],
  ...(contextWindow ? { contextWindow } : {}),
  ...extra,
});
// Request fields only one model of its modality takes (see the video and image API references).
const exclusive: Record<string, string[]> = {
  'MiniMax-Hailuo-02': ['last_frame_image'],
  'image-01': ['width', 'height'],
};
const other = (modality: ModelInfo['modality'], ids: readonly string[]): ModelInfo[] =>
  ids.map((id) => ({
    id,
    modality,
    regions: [...both],
    ...(exclusive[id] ? { exclusiveFields: exclusive[id] } : {}),
    ...(id.startsWith('music-cover') ? { cover: true as const } : {}),
  }));

/**
 * Every MiniMax model minimax-kit knows, by modality.
 *
 * Sources: https://platform.minimax.io/docs/guides/text-generation (context windows),
 * https://platform.minimax.io/docs/api-reference/text-openai-api (model ids), the official clients
 * MiniMax-AI/cli and MiniMax-AI/MiniMax-MCP (speech, video, image and music ids).
 */
export const models: readonly ModelInfo[] = /* @__PURE__ */ deepFreeze([
  text('MiniMax-M3', 1_000_000),
  text('MiniMax-M2.7', 204_800),
  text('MiniMax-M2.7-highspeed', 204_800),
  text('MiniMax-M2.5', 204_800),
  text('MiniMax-M2.5-highspeed', 204_800),
  text('MiniMax-M2.1', 204_800),
  text('MiniMax-M2.1-highspeed', 204_800, { aliases: ['MiniMax-M2.1-lightning'] }),
  text('MiniMax-M2', 204_800),
  text('M2-her', undefined, { note: 'Listed on the global pricing page, without cache prices.' }),
  text('MiniMax-M2-Stable', 204_800, {
    note: 'Higher rate limits for commercial use; only older pages list it.',
  }),
  text('MiniMax-M1', undefined, { nativeOnly: true }),
  text('MiniMax-Text-01', undefined, { nativeOnly: true }),
  ...other('speech', [
    'speech-2.8-hd',
    'speech-2.8-turbo',
    'speech-2.6-hd',
    'speech-2.6-turbo',
    'speech-02-hd',
    'speech-02-turbo',
    'speech-01-hd',
    'speech-01-turbo',
  ]),
  ...other('video', [
    'MiniMax-Hailuo-2.3',
    'MiniMax-Hailuo-2.3-Fast',
    'MiniMax-Hailuo-02',
    'T2V-01',
    'T2V-01-Director',
    'I2V-01',
    'I2V-01-Director',
    'I2V-01-live',
    'S2V-01',
  ]),
  ...other('image', ['image-01', 'image-01-live']),
  ...other('music', [
    'music-3.0',
    'music-2.6',
    'music-cover',
    'music-3.0-free',
    'music-2.6-free',
    'music-cover-free',
    'music-2.5+',
    'music-2.5',
    'music-2.0',
    'music-1.5',
  ]),
]);
