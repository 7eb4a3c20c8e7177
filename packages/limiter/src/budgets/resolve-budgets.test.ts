import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { InvalidDemandError } from '../errors/invalid-demand-error.js';
import { LimiterOptionsError } from '../errors/limiter-options-error.js';

const daily = { id: 'daily', amount: '5', currency: 'USD', per: 'day' } as const;

describe('budget options', () => {
  it.each([
    ['a float amount', { ...daily, amount: 5 }, 'budgets[0].amount'],
    ['an exponent', { ...daily, amount: '5e2' }, 'budgets[0].amount'],
    ['a negative amount', { ...daily, amount: '-5' }, 'budgets[0].amount'],
    ['a zero amount', { ...daily, amount: '0' }, 'budgets[0].amount'],
    ['more than a million', { ...daily, amount: '1000000.000000001' }, 'budgets[0].amount'],
    ['an unknown currency', { ...daily, currency: 'EUR' }, 'budgets[0].currency'],
    ['CNY on a global limiter', { ...daily, currency: 'CNY' }, 'budgets[0].currency'],
    ['an unknown period', { ...daily, per: 'year' }, 'budgets[0].per'],
    ['a calendar that is no boolean', { ...daily, calendar: 'yes' }, 'budgets[0].calendar'],
    ['an unknown onExceed', { ...daily, onExceed: 'drop' }, 'budgets[0].onExceed'],
    ['an id with a colon', { ...daily, id: 'a:b' }, 'budgets[0].id'],
  ])('refuses %s at creation with LimiterOptionsError', (_, budget, option) => {
    const create = () => createLimiter({ budgets: [budget as never] });
    expect(create).toThrow(LimiterOptionsError);
    expect(create).toThrow(expect.objectContaining({ code: 'LIMITER_OPTIONS', option }));
  });

  it('refuses two budgets of one id, budgets that are no array, and a budgetKey that is no function', () => {
    expect(() => createLimiter({ budgets: [daily, daily] })).toThrow(/budgets\[1\]\.id/);
    expect(() => createLimiter({ budgets: daily as never })).toThrow(LimiterOptionsError);
    expect(() => createLimiter({ budgets: [daily], budgetKey: 'tenant' as never })).toThrow(/budgetKey/);
  });

  it('says which currency a region bills in', () => {
    expect(() => createLimiter({ region: 'cn', budgets: [daily] })).toThrow(/"CNY"/);
    expect(() => createLimiter({ region: 'cn', budgets: [{ ...daily, currency: 'CNY' }] })).not.toThrow();
  });

  it('refuses a demand whose cost is no exact decimal in the limiter currency', async () => {
    const limiter = createLimiter({ budgets: [daily] });
    for (const cost of [{ amount: 0.1, currency: 'USD' }, { amount: '-1', currency: 'USD' }, 'cheap'])
      await expect(limiter.acquire({ cost } as never)).rejects.toThrow(InvalidDemandError);
    await expect(limiter.acquire({ cost: { amount: '1', currency: 'CNY' } })).rejects.toMatchObject({
      field: 'cost.currency',
    });
  });
});
