import type { PricingTable } from './pricing-schema.js';

type VideoRow = Extract<PricingTable['prices'][number], { kind: 'video' }>;

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

const previewNote = 'Charged when the voice is first used for synthesis, not when it is created.';

/**
 * Mainland China pay-as-you-go prices in CNY, every row of MiniMax's pricing page.
 * Source: https://platform.minimaxi.com/docs/guides/pricing-paygo (按量计费).
 */
export const cnPricing = {
  region: 'cn',
  currency: 'CNY',
  sourceUrl: 'https://platform.minimaxi.com/docs/guides/pricing-paygo',
  sourceKind: 'official',
  effectiveDate: '2026-11-23',
  notes: [
    'Speech is billed per 10,000 characters; a Chinese character counts 2, every other character 1.',
    'The page lists the async HD models as "speech-2.6-hd-" and speech-02-hd; read as speech-2.6-hd.',
    'Newer versions of the page price MiniMax-M2.5 / M2.7; load such a table with loadPricing().',
  ],
  prices: [
    {
      kind: 'text',
      models: ['MiniMax-M2', 'MiniMax-M2-Stable'],
      unit: 'token',
      per: 1_000_000,
      input: '2.1',
      output: '8.4',
      cacheRead: '0.21',
      cacheWrite: '2.625',
    },
    ...(['sync', 'async'] as const).flatMap((mode) => [
      {
        kind: 'speech' as const,
        models: ['speech-2.6-hd', 'speech-02-hd'],
        mode,
        unit: 'character' as const,
        per: 10_000,
        price: '3.5',
      },
      {
        kind: 'speech' as const,
        models: ['speech-2.6-turbo', 'speech-02-turbo'],
        mode,
        unit: 'character' as const,
        per: 10_000,
        price: '2',
      },
    ]),
    {
      kind: 'voice',
      operation: 'design',
      unit: 'voice',
      price: '9.9',
      preview: { unit: 'character', per: 10_000, price: '2' },
      note: `${previewNote} Preview audio made by the design call costs 2 CNY per 10,000 characters.`,
    },
    {
      kind: 'voice',
      operation: 'clone',
      unit: 'voice',
      price: '9.9',
      note: `${previewNote} Preview characters are charged at the chosen preview model's speech price.`,
    },
    clip(fast, i2v, '768P', 6, '1.35'),
    clip(fast, i2v, '768P', 10, '2.25'),
    clip(fast, i2v, '1080P', 6, '2.31'),
    clip(hailuo, both, '768P', 6, '2.00'),
    clip(hailuo, both, '768P', 10, '4.00'),
    clip(hailuo, both, '1080P', 6, '3.50'),
    clip(['MiniMax-Hailuo-02'], i2v, '512P', 6, '0.60'),
    clip(['MiniMax-Hailuo-02'], i2v, '512P', 10, '1.00'),
    { kind: 'music', models: ['music-2.0'], unit: 'song', price: '0.25' },
    { kind: 'image', models: ['image-01', 'image-01-live'], unit: 'image', price: '0.025' },
  ],
} as const satisfies PricingTable;
