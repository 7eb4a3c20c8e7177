import { describe, expect, it } from 'vitest';
import { InvalidTableError } from '../errors/invalid-table-error.js';
import { cnPricing } from './cn-pricing.js';
import { estimateCost } from './estimate-cost.js';
import { loadPricing } from './load-pricing.js';

const newer = {
  ...cnPricing,
  effectiveDate: '2026-12-01',
  prices: [
    {
      kind: 'text',
      models: ['MiniMax-M2.7'],
      unit: 'token',
      per: 1_000_000,
      input: '2.1',
      output: '8.4',
      cacheRead: '0.42',
      cacheWrite: '2.625',
    },
  ],
};

describe('loadPricing', () => {
  it('loads a valid table, from an object or JSON text, and prices with it', () => {
    for (const input of [newer, JSON.stringify(newer)]) {
      const pricing = loadPricing(input);
      const estimate = estimateCost(
        { kind: 'text', model: 'MiniMax-M2.7', inputTokens: 0, outputTokens: 0, cacheReadTokens: 1_000_000 },
        { pricing },
      );
      expect(estimate.total).toBe('0.42');
      expect(estimate.source.effectiveDate).toBe('2026-12-01');
      expect(Object.isFrozen(pricing.prices[0])).toBe(true);
    }
  });

  it('lists every problem of an invalid table and loads none of it', () => {
    const broken = {
      ...newer,
      currency: 'USD',
      prices: [
        { ...newer.prices[0], input: '2,1' },
        {
          kind: 'speech',
          models: ['speech-02-hd'],
          mode: 'sync',
          unit: 'character',
          per: 3000,
          price: '3.5',
        },
        { kind: 'image', models: ['image-01'], unit: 'image', price: '0.025' },
        { kind: 'image', models: ['image-01'], unit: 'image', price: '0.03' },
      ],
    };
    let error: unknown;
    try {
      loadPricing(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidTableError);
    const issues = (error as InvalidTableError).issues.join('\n');
    expect(issues).toMatch(/prices\.0\.input: must be a plain decimal/);
    expect(issues).toMatch(/prices\.1\.per: must be a power of ten/);
    expect(issues).toMatch(/currency: cn bills in CNY, not USD/);
    expect(issues).toMatch(/prices\.3: prices "image image-01" again \(first in prices\[2\]\)/);
    expect((error as InvalidTableError).issues).toHaveLength(4);
  });

  it('refuses text that is not JSON', () => {
    expect(() => loadPricing('{ nope')).toThrow(InvalidTableError);
    expect(() => loadPricing('{ nope')).toThrow(/not JSON/);
  });
});
