import type { PriceRow } from './price-row-schema.js';

type VideoRow = Extract<PriceRow, { kind: 'video' }>;

const fast = ['MiniMax-Hailuo-2.3-Fast'];
const hailuo = ['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-02'];
const i2v: VideoRow['modes'] = ['image-to-video'];
const both: VideoRow['modes'] = ['text-to-video', 'image-to-video'];

const clip = (
  models: string[],
  modes: VideoRow['modes'],
  resolution: VideoRow['resolution'],
  durationSeconds: number,
  price: string,
): VideoRow => ({ kind: 'video', models, modes, resolution, durationSeconds, unit: 'clip', price });

const speech = (models: string[], price: string) =>
  (['sync', 'async'] as const).map(
    (mode): PriceRow => ({
      kind: 'speech',
      models,
      mode,
      unit: 'character',
      per: 1_000_000,
      price,
      note:
        'Per million billing characters (a Chinese character counts 2). The page gives one price per model; ' +
        'it is applied to async long-text synthesis too, as the CN page prices both alike.',
    }),
  );

const limitedFree = 'The page marks it "Limited Free"; the listed price is what is charged once that ends.';

/**
 * International speech, voice, video, music, lyrics, image and API-vlm prices in USD.
 * Source: https://platform.minimax.io/docs/guides/pricing-paygo (official, a copy from between
 * M2.7’s launch in March 2026 and M3’s on 2026-06-01); voice cloning’s earlier price from the same
 * page as crawled on 2025-12-20.
 */
export const globalMediaPrices: readonly PriceRow[] = [
  ...speech(['speech-2.8-turbo', 'speech-2.6-turbo', 'speech-02-turbo'], '60'),
  ...speech(['speech-2.8-hd', 'speech-2.6-hd', 'speech-02-hd'], '100'),
  {
    kind: 'voice',
    operation: 'clone',
    unit: 'voice',
    price: '3',
    until: '2026-04-01',
    source: {
      url: 'https://platform.minimax.io/docs/guides/pricing-paygo',
      kind: 'official',
      read: '2025-12-20',
    },
    note:
      'MiniMax lowered rapid voice cloning from $3 to $1.5 between 2025-12-20 and 2026-06-01, after M2.7’s ' +
      'launch in March 2026; the exact day is unknown and minimax-kit switches on 2026-04-01.',
  },
  { kind: 'voice', operation: 'clone', unit: 'voice', price: '1.5', from: '2026-04-01' },
  { kind: 'voice', operation: 'design', unit: 'voice', price: '3' },
  clip(fast, i2v, '768P', 6, '0.19'),
  clip(fast, i2v, '768P', 10, '0.32'),
  clip(fast, i2v, '1080P', 6, '0.33'),
  clip(hailuo, both, '768P', 6, '0.28'),
  clip(hailuo, both, '768P', 10, '0.56'),
  clip(hailuo, both, '1080P', 6, '0.49'),
  clip(['MiniMax-Hailuo-02'], i2v, '512P', 6, '0.10'),
  clip(['MiniMax-Hailuo-02'], i2v, '512P', 10, '0.15'),
  {
    kind: 'music',
    models: ['music-2.6'],
    unit: 'song',
    price: '0.15',
    note: `Up to 5 minutes. ${limitedFree}`,
  },
  {
    kind: 'music',
    models: ['music-2.5+', 'music-2.5'],
    unit: 'song',
    price: '0.15',
    note: 'Up to 5 minutes.',
  },
  { kind: 'music', models: ['music-2.0'], unit: 'song', price: '0.03', note: 'Up to 5 minutes.' },
  { kind: 'lyrics', unit: 'song', price: '0.01', note: limitedFree },
  { kind: 'image', models: ['image-01'], unit: 'image', price: '0.0035' },
  {
    kind: 'vlm',
    unit: 'request',
    price: '0.06',
    note: 'Image, video and audio understanding (API-vlm, used by MiniMax’s MCP server).',
  },
];
