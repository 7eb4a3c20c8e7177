import { describe, expect, it } from 'vitest';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { estimateCost } from './estimate-cost.js';
import { globalPricing } from './global-pricing.js';
import { pricingTableSchema } from './pricing-schema.js';

describe('global pay-as-you-go table', () => {
  it('matches its schema and says where it came from', () => {
    expect(pricingTableSchema.safeParse(globalPricing).success).toBe(true);
    expect(globalPricing.sourceKind).toBe('aggregator');
  });

  it.each(['MiniMax-M2', 'MiniMax-M2-Stable', 'MiniMax-M2.1'])(
    'prices %s in USD per million tokens',
    (model) => {
      const estimate = estimateCost(
        {
          kind: 'text',
          model,
          inputTokens: 1_000_000,
          outputTokens: 1_000_000,
          cacheReadTokens: 1_000_000,
          cacheWriteTokens: 1_000_000,
        },
        { region: 'global' },
      );
      expect(estimate.currency).toBe('USD');
      expect(estimate.lines.map((line) => line.amount)).toEqual(['0.3', '1.2', '0.03', '0.375']);
      expect(estimate.total).toBe('1.905');
    },
  );

  it('never converts a CNY price into USD', () => {
    const usage = { kind: 'speech', model: 'speech-2.6-hd', characters: 10_000 } as const;
    expect(estimateCost(usage, { region: 'cn' }).total).toBe('3.5');
    expect(() => estimateCost(usage, { region: 'global' })).toThrow(PriceNotFoundError);
    expect(() => estimateCost({ kind: 'image', model: 'image-01', count: 1 }, { region: 'global' })).toThrow(
      /No global price for image-01/,
    );
  });
});
