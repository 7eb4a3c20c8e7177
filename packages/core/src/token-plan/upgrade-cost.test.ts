import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanPriceNotFoundError } from '../errors/plan-price-not-found-error.js';
import type { PlanTier } from './plan-tier-schema.js';
import { upgradeCost } from './upgrade-cost.js';

const global = { region: 'global', at: '2026-12-01' } as const;

describe('upgradeCost', () => {
  it('is the price difference, effective at once', () => {
    expect(upgradeCost('plus', 'max', global)).toEqual({
      from: 'plus',
      to: 'max',
      currency: 'USD',
      amount: '33',
      fromPrice: '22',
      toPrice: '55',
      effective: 'immediately',
      day: '2026-12-01',
    });
    expect(upgradeCost('plus', 'ultra', global).amount).toBe('110');
  });

  it('refuses a move to a cheaper or the same tier', () => {
    expect(() => upgradeCost('ultra', 'max', global)).toThrow(InvalidUsageError);
    expect(() => upgradeCost('max', 'max', global)).toThrow(/not dearer/);
  });

  it('names the tiers sold when one is unknown or not sold', () => {
    expect(() => upgradeCost('gold' as PlanTier, 'max', global)).toThrow(/"plus", "max", "ultra"/);
    expect(() => upgradeCost('starter', 'max', global)).toThrow(PlanPriceNotFoundError);
    expect(() => upgradeCost('plus', 'max', { region: 'cn', at: '2026-12-01' })).toThrow(
      PlanPriceNotFoundError,
    );
  });
});
