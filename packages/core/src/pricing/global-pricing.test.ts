import { describe, expect, it } from 'vitest';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import type { Usage } from '../usage/usage.js';
import { estimateCost } from './estimate-cost.js';
import { globalPricing } from './global-pricing.js';
import { pricingTableSchema } from './pricing-schema.js';

const today = '2026-12-02';
const global = (usage: Usage | Usage[], at = today) => estimateCost(usage, { region: 'global', at });
const million = { inputTokens: 1_000_000, outputTokens: 1_000_000, cacheReadTokens: 1_000_000 };

describe('global pay-as-you-go table', () => {
  it('matches its schema and says where it came from', () => {
    expect(pricingTableSchema.safeParse(globalPricing).success).toBe(true);
    expect(globalPricing.sourceKind).toBe('official');
    expect(globalPricing.sourceUrl).toBe('https://platform.minimax.io/docs/guides/pricing-paygo');
  });

  // input / output / cache read / cache write per million tokens, from the page.
  it.each([
    ['MiniMax-M2.7', ['0.3', '1.2', '0.06', '0.375'], '1.935'],
    ['MiniMax-M2.7-highspeed', ['0.6', '2.4', '0.06', '0.375'], '3.435'],
    ['MiniMax-M2.5', ['0.3', '1.2', '0.03', '0.375'], '1.905'],
    ['MiniMax-M2.5-highspeed', ['0.6', '2.4', '0.03', '0.375'], '3.405'],
    ['MiniMax-M2.1', ['0.3', '1.2', '0.03', '0.375'], '1.905'],
    ['MiniMax-M2.1-highspeed', ['0.6', '2.4', '0.03', '0.375'], '3.405'],
    ['MiniMax-M2', ['0.3', '1.2', '0.03', '0.375'], '1.905'],
    ['MiniMax-M2-Stable', ['0.3', '1.2', '0.03', '0.375'], '1.905'],
  ])('prices %s in USD per million tokens', (model, amounts, total) => {
    const estimate = global({ kind: 'text', model, ...million, cacheWriteTokens: 1_000_000 });
    expect(estimate.currency).toBe('USD');
    expect(estimate.lines.map((line) => line.amount)).toEqual(amounts);
    expect(estimate.total).toBe(total);
  });

  it('prices M2-her without cache prices, and says where the highspeed conflict lies', () => {
    expect(
      global({ kind: 'text', model: 'M2-her', inputTokens: 1_000_000, outputTokens: 500_000 }).total,
    ).toBe('0.9');
    expect(() => global({ kind: 'text', model: 'M2-her', ...million })).toThrow(/M2-her cache read tokens/);
    const [input] = global({ kind: 'text', model: 'MiniMax-M2.7-highspeed', ...million }).lines;
    expect(input?.note).toMatch(/\$0\.3/);
  });

  it.each([
    ['speech-2.8-turbo', 'sync', '0.06'],
    ['speech-2.6-turbo', 'async', '0.06'],
    ['speech-02-turbo', 'sync', '0.06'],
    ['speech-2.8-hd', 'sync', '0.1'],
    ['speech-2.6-hd', 'async', '0.1'],
    ['speech-02-hd', 'sync', '0.1'],
  ] as const)(
    'prices %s %s speech per million characters: 1,000 characters cost %s',
    (model, mode, total) => {
      expect(global({ kind: 'speech', model, mode, characters: 1000 }).total).toBe(total);
    },
  );

  it.each([
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '768P', 6, '0.19'],
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '768P', 10, '0.32'],
    ['MiniMax-Hailuo-2.3-Fast', 'image-to-video', '1080P', 6, '0.33'],
    ['MiniMax-Hailuo-2.3', 'text-to-video', '768P', 6, '0.28'],
    ['MiniMax-Hailuo-02', 'image-to-video', '768P', 10, '0.56'],
    ['MiniMax-Hailuo-2.3', 'image-to-video', '1080P', 6, '0.49'],
    ['MiniMax-Hailuo-02', 'image-to-video', '512P', 6, '0.1'],
    ['MiniMax-Hailuo-02', 'image-to-video', '512P', 10, '0.15'],
  ] as const)('prices a %s %s %s %i s clip at $%s', (model, mode, resolution, durationSeconds, price) => {
    expect(global({ kind: 'video', model, mode, resolution, durationSeconds }).total).toBe(price);
  });

  it('prices music, lyrics, images and API-vlm per piece', () => {
    expect(global({ kind: 'music', model: 'music-2.6', count: 2 }).total).toBe('0.3');
    expect(global({ kind: 'music', model: 'Music-2.5+', count: 1 }).total).toBe('0.15');
    expect(global({ kind: 'music', model: 'music-2.5', count: 1 }).total).toBe('0.15');
    expect(global({ kind: 'music', model: 'music-2.0', count: 10 }).total).toBe('0.3');
    expect(global({ kind: 'lyrics', count: 3 }).total).toBe('0.03');
    expect(global({ kind: 'image', model: 'image-01', count: 4 }).total).toBe('0.014');
    expect(global({ kind: 'vlm', count: 5 }).total).toBe('0.3');
  });

  it('prices voices as of the date: cloning was $3 before it was $1.5; design is $3', () => {
    expect(global({ kind: 'voice', operation: 'clone', count: 2 }).total).toBe('3');
    const earlier = global({ kind: 'voice', operation: 'clone', count: 2 }, '2025-12-20');
    expect(earlier.total).toBe('6');
    expect(earlier.lines[0]?.source).toEqual({
      url: 'https://platform.minimax.io/docs/guides/pricing-paygo',
      kind: 'official',
      read: '2025-12-20',
    });
    expect(global({ kind: 'voice', operation: 'clone' }, '2026-03-31').total).toBe('3');
    expect(global({ kind: 'voice', operation: 'clone' }, '2026-04-01').total).toBe('1.5');
    expect(global({ kind: 'voice', operation: 'design', count: 1 }).total).toBe('3');
  });

  it('never converts a CNY price into USD, nor prices what the page does not list', () => {
    expect(estimateCost({ kind: 'image', model: 'image-01', count: 1 }, { region: 'cn' }).total).toBe(
      '0.025',
    );
    expect(() => global({ kind: 'image', model: 'image-01-live', count: 1 })).toThrow(
      /No global price for image-01-live\. Priced in global: image-01\./,
    );
    expect(() => global({ kind: 'voice', operation: 'design', previewCharacters: 10 })).toThrow(
      PriceNotFoundError,
    );
  });
});
