import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import type { Usage, VideoUsage } from '../usage/usage.js';
import { cnPricing } from './cn-pricing.js';
import { estimateCost } from './estimate-cost.js';
import { pricingTableSchema } from './pricing-schema.js';

const cn = (usage: Usage | Usage[]) => estimateCost(usage, { region: 'cn' });

describe('CN pay-as-you-go table', () => {
  it('matches its schema', () => {
    expect(pricingTableSchema.safeParse(cnPricing).success).toBe(true);
    expect(cnPricing.currency).toBe('CNY');
  });

  it.each(['MiniMax-M2', 'MiniMax-M2-Stable'])('prices %s text per million tokens', (model) => {
    const million = (field: string) =>
      cn({ kind: 'text', model, inputTokens: 0, outputTokens: 0, [field]: 1_000_000 });
    expect(million('inputTokens').total).toBe('2.1');
    expect(million('outputTokens').total).toBe('8.4');
    expect(million('cacheReadTokens').total).toBe('0.21');
    expect(million('cacheWriteTokens').total).toBe('2.625');
  });

  it('adds the four disjoint text counts exactly', () => {
    // 2.1 + 8.4 × 0.2 + 0.21 + 2.625 × 0.06 = 2.1 + 1.68 + 0.21 + 0.1575
    const estimate = cn({
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: 1_000_000,
      outputTokens: 200_000,
      cacheReadTokens: 1_000_000,
      cacheWriteTokens: 60_000,
    });
    expect(estimate.total).toBe('4.1475');
    expect(estimate.currency).toBe('CNY');
    expect(estimate.lines.map((line) => line.amount)).toEqual(['2.1', '1.68', '0.21', '0.1575']);
    expect(estimate.source.sourceUrl).toBe('https://platform.minimaxi.com/docs/guides/pricing-paygo');
  });

  it('prices one token to a fraction of a fen', () => {
    expect(cn({ kind: 'text', model: 'MiniMax-M2', inputTokens: 1, outputTokens: 1 }).total).toBe(
      '0.0000105',
    );
  });

  it.each([
    ['speech-2.6-hd', 'sync', '3.5'],
    ['speech-02-hd', 'sync', '3.5'],
    ['speech-2.6-turbo', 'sync', '2'],
    ['speech-02-turbo', 'sync', '2'],
    ['speech-2.6-hd', 'async', '3.5'],
    ['speech-02-hd', 'async', '3.5'],
    ['speech-2.6-turbo', 'async', '2'],
    ['speech-02-turbo', 'async', '2'],
  ] as const)('prices %s %s speech per 10,000 characters at %s', (model, mode, price) => {
    expect(cn({ kind: 'speech', model, mode, characters: 10_000 }).total).toBe(price);
  });

  it('counts speech text with Chinese characters double', () => {
    // 34 billing characters × 3.5 / 10,000
    expect(
      cn({ kind: 'speech', model: 'speech-2.6-hd', text: '今天是不是很开心呀(laughs)，当然了！' }).total,
    ).toBe('0.0119');
    expect(cn({ kind: 'speech', model: 'speech-02-turbo', text: '你好' }).total).toBe('0.0008');
  });

  it('prices voice design with its preview, and voice cloning with the preview model', () => {
    expect(cn({ kind: 'voice', operation: 'design' }).total).toBe('9.9');
    // 9.9 + 5,000 × 2 / 10,000
    expect(cn({ kind: 'voice', operation: 'design', previewCharacters: 5000 }).total).toBe('10.9');
    // 2 voices × 9.9 + 10,000 × 3.5 / 10,000
    expect(
      cn({
        kind: 'voice',
        operation: 'clone',
        count: 2,
        previewCharacters: 10_000,
        previewModel: 'speech-2.6-hd',
      }).total,
    ).toBe('23.3');
    expect(
      cn({ kind: 'voice', operation: 'clone', previewText: '你好', previewModel: 'speech-02-turbo' }).total,
    ).toBe('9.9008');
    expect(() => cn({ kind: 'voice', operation: 'clone', previewCharacters: 10 })).toThrow(/previewModel/);
  });

  const clips: [VideoUsage['model'], VideoUsage['mode'], VideoUsage['resolution'], number, string][] = [
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '768P', 6, '1.35'],
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '768P', 10, '2.25'],
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '1080P', 6, '2.31'],
    ['MiniMax-Hailuo-2.3', 'text-to-video', '768P', 6, '2'],
    ['MiniMax-Hailuo-2.3', 'image-to-video', '768P', 6, '2'],
    ['MiniMax-Hailuo-02', 'text-to-video', '768P', 6, '2'],
    ['MiniMax-Hailuo-02', 'image-to-video', '768P', 6, '2'],
    ['MiniMax-Hailuo-2.3', 'text-to-video', '768P', 10, '4'],
    ['MiniMax-Hailuo-2.3', 'image-to-video', '768P', 10, '4'],
    ['MiniMax-Hailuo-02', 'text-to-video', '768P', 10, '4'],
    ['MiniMax-Hailuo-02', 'image-to-video', '768P', 10, '4'],
    ['MiniMax-Hailuo-2.3', 'text-to-video', '1080P', 6, '3.5'],
    ['MiniMax-Hailuo-2.3', 'image-to-video', '1080P', 6, '3.5'],
    ['MiniMax-Hailuo-02', 'text-to-video', '1080P', 6, '3.5'],
    ['MiniMax-Hailuo-02', 'image-to-video', '1080P', 6, '3.5'],
    ['MiniMax-Hailuo-02', 'image-to-video', '512P', 6, '0.6'],
    ['MiniMax-Hailuo-02', 'image-to-video', '512P', 10, '1'],
  ];

  it.each(clips)('prices a %s %s %s %i s clip at %s', (model, mode, resolution, durationSeconds, price) => {
    expect(cn({ kind: 'video', model, mode, resolution, durationSeconds }).total).toBe(price);
  });

  it('multiplies clips by count', () => {
    const usage = {
      kind: 'video',
      model: 'MiniMax-Hailuo-2.3-Fast',
      mode: 'image-to-video',
      resolution: '768P',
    } as const;
    expect(cn({ ...usage, durationSeconds: 6, count: 3 }).total).toBe('4.05');
  });

  it.each([
    ['MiniMax-Hailuo-2.3-Fast', 'text-to-video', '768P', 6],
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '1080P', 10],
    ['MiniMax-Hailuo-2.3', 'text-to-video', '1080P', 10],
    ['MiniMax-Hailuo-02', 'image-to-video', '1080P', 10],
    ['MiniMax-Hailuo-2.3', 'image-to-video', '512P', 6],
    ['MiniMax-Hailuo-02', 'text-to-video', '512P', 6],
    ['MiniMax-Hailuo-02', 'image-to-video', '768P', 8],
  ] as const)(
    'refuses %s %s %s %i s and names the valid options',
    (model, mode, resolution, durationSeconds) => {
      const attempt = () => cn({ kind: 'video', model, mode, resolution, durationSeconds });
      expect(attempt).toThrow(UnsupportedCombinationError);
      expect(attempt).toThrow(/Valid: .*768P 6 s/);
    },
  );

  it('prices songs and images', () => {
    expect(cn({ kind: 'music', model: 'music-2.0', count: 4 }).total).toBe('1');
    expect(cn({ kind: 'music', model: 'Music-2.0', count: 1 }).total).toBe('0.25');
    expect(cn({ kind: 'image', model: 'image-01', count: 9 }).total).toBe('0.225');
    expect(cn({ kind: 'image', model: 'image-01-live', count: 1 }).total).toBe('0.025');
  });

  it('refuses work without a CN price instead of pricing it at 0', () => {
    expect(() => cn({ kind: 'speech', model: 'speech-2.8-hd', characters: 10 })).toThrow(PriceNotFoundError);
    expect(() =>
      cn({ kind: 'text', model: 'MiniMax-M2.5-highspeed', inputTokens: 1, outputTokens: 1 }),
    ).toThrow(/Priced in cn: MiniMax-M2, MiniMax-M2-Stable, MiniMax-M2\.7/);
    expect(() => cn({ kind: 'music', model: 'music-2.6', count: 1 })).toThrow(PriceNotFoundError);
    expect(() => cn({ kind: 'lyrics', count: 1 })).toThrow(PriceNotFoundError);
    expect(() => cn({ kind: 'vlm', count: 1 })).toThrow(/No cn price for vlm requests/);
  });

  it('refuses unknown models, naming the valid ones', () => {
    const attempt = () => cn({ kind: 'text', model: 'gpt-4o', inputTokens: 1, outputTokens: 1 });
    expect(attempt).toThrow(UnknownModelError);
    expect(attempt).toThrow(/MiniMax-M2-Stable/);
    expect(() => cn({ kind: 'image', model: 'MiniMax-M2', count: 1 })).toThrow(/Unknown image model/);
    expect(() => cn({ kind: 'text', model: 'MiniMax', inputTokens: 1, outputTokens: 1 })).toThrow(
      UnknownModelError,
    );
  });

  it.each([
    [{ kind: 'text', model: 'MiniMax-M2', inputTokens: -1, outputTokens: 0 }, 'inputTokens'],
    [{ kind: 'text', model: 'MiniMax-M2', inputTokens: 1.5, outputTokens: 0 }, 'inputTokens'],
    [{ kind: 'text', model: 'MiniMax-M2', inputTokens: 1 }, 'outputTokens'],
    [{ kind: 'text', model: 'MiniMax-M2', inputTokens: 1, outputTokens: Number.NaN }, 'outputTokens'],
    [{ kind: 'image', model: 'image-01', count: 2 ** 53 }, 'count'],
    [{ kind: 'speech', model: 'speech-02-hd' }, 'characters'],
    [
      {
        kind: 'video',
        model: 'MiniMax-Hailuo-02',
        mode: 'text-to-video',
        resolution: '768P',
        durationSeconds: 6,
        count: -2,
      },
      'count',
    ],
    [{ kind: 'picture', count: 1 }, 'kind'],
  ])('refuses %j, naming %s', (usage, field) => {
    const attempt = () => cn(usage as Usage);
    expect(attempt).toThrow(InvalidUsageError);
    expect(attempt).toThrow(new RegExp(`^${field}`));
  });
});
