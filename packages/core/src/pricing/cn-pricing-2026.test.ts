import { describe, expect, it } from 'vitest';
import { estimateCost } from './estimate-cost.js';
import { pricingTables } from './pricing-tables.js';

const million = {
  inputTokens: 1_000_000,
  outputTokens: 1_000_000,
  cacheReadTokens: 1_000_000,
  cacheWriteTokens: 1_000_000,
};

describe('CN text prices after the seed page (cited 2026-09-19)', () => {
  it.each([
    ['MiniMax-M2.7', ['2.1', '8.4', '0.42', '2.625'], '13.545'],
    ['MiniMax-M2.7-highspeed', ['4.2', '16.8', '0.42', '2.625'], '24.045'],
    ['MiniMax-M2.5', ['2.1', '8.4', '0.21', '2.625'], '13.335'],
    ['MiniMax-M2.1', ['2.1', '8.4', '0.21', '2.625'], '13.335'],
    ['MiniMax-M2', ['2.1', '8.4', '0.21', '2.625'], '13.335'],
  ])('prices %s in CNY per million tokens', (model, amounts, total) => {
    const estimate = estimateCost({ kind: 'text', model, ...million }, { region: 'cn' });
    expect(estimate.currency).toBe('CNY');
    expect(estimate.lines.map((line) => line.amount)).toEqual(amounts);
    expect(estimate.total).toBe(total);
  });

  it('says which rows are cited and which come from the seed page', () => {
    const [m27] = estimateCost(
      { kind: 'text', model: 'MiniMax-M2.7', inputTokens: 1, outputTokens: 0 },
      { region: 'cn' },
    ).lines;
    expect(m27?.source).toEqual({
      url: 'https://platform.minimaxi.com/docs/guides/pricing-paygo',
      kind: 'cited',
      read: '2026-09-19',
    });
    const m2 = estimateCost({ kind: 'text', model: 'MiniMax-M2', inputTokens: 1, outputTokens: 0 });
    expect(m2.lines[0]?.source).toBeUndefined();
    expect(m2.source.sourceKind).toBe('official');
  });

  it('ships tables nobody can change', () => {
    const row = pricingTables.cn.prices[0] as { input: string };
    expect(() => {
      row.input = '0';
    }).toThrow(TypeError);
    expect(Object.isFrozen(pricingTables.global.prices.at(-1))).toBe(true);
    expect(
      estimateCost({ kind: 'text', model: 'MiniMax-M2', inputTokens: 1_000_000, outputTokens: 0 }).total,
    ).toBe('2.1');
  });
});
