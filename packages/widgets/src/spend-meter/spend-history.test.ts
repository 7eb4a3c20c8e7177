import { formatDecimal } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import type { BudgetUsage } from './budget-usage.js';
import { projectSpend, SpendHistory } from './spend-history.js';

const minute = 60_000;
const budget = (spent: string, extra: Partial<BudgetUsage> = {}): BudgetUsage => ({
  id: 'b',
  key: 'global',
  currency: 'USD',
  amount: '10',
  spent,
  reserved: '0',
  remaining: '0',
  per: 'day',
  calendar: false,
  ...extra,
});
const rate = (history: SpendHistory) => {
  const perHour = history.perHour('b');
  return perHour && formatDecimal(perHour);
};

describe('SpendHistory', () => {
  it('is the spend per hour between the first and the last sample', () => {
    const history = new SpendHistory();
    history.add([budget('1')], 0, 60 * minute);
    expect(history.perHour('b')).toBeUndefined();
    history.add([budget('1.5')], 30 * minute, 60 * minute);
    expect(rate(history)).toBe('1'); // $0.5 in half an hour
    history.add([budget('1.5')], 20 * minute, 60 * minute); // older than the last: ignored
    expect(rate(history)).toBe('1');
  });

  it('takes a clock with fractions of a millisecond (performance.now)', () => {
    const history = new SpendHistory();
    history.add([budget('1')], 93.4, 60 * minute);
    history.add([budget('1.5')], 30 * minute + 105.6, 60 * minute);
    expect(rate(history)).toMatch(/^0\.9999/); // $0.5 in half an hour and 12.2 ms
    const calendar = budget('1', { calendar: true, resetsAt: 60 * minute + 0.5 });
    expect(
      formatDecimal(projectSpend(calendar, { units: 1n, scale: 0 }, 0.25) ?? { units: 0n, scale: 0 }),
    ).toBe('2');
  });

  it('counts only rises: a window forgetting old spend refunds nothing', () => {
    const history = new SpendHistory();
    history.add([budget('2')], 0, 60 * minute);
    history.add([budget('1')], 10 * minute, 60 * minute);
    history.add([budget('1.5')], 20 * minute, 60 * minute);
    expect(rate(history)).toBe('1.5'); // $0.5 over 20 minutes
  });

  it('forgets samples older than the span', () => {
    const history = new SpendHistory();
    history.add([budget('1')], 0, 60 * minute);
    history.add([budget('1.5')], 30 * minute, 60 * minute);
    history.add([budget('1.5')], 90 * minute, 60 * minute);
    expect(rate(history)).toBe('0'); // nothing spent in the last hour
  });

  it('keeps a thirds-of-a-cent rate exact to six places, rounded up', () => {
    const history = new SpendHistory();
    history.add([budget('0')], 0, 60 * minute);
    history.add([budget('0.01')], 180 * minute, 240 * minute);
    expect(rate(history)).toBe('0.003334');
  });
});

describe('projectSpend', () => {
  const perHour = { units: 1n, scale: 0 }; // $1 an hour
  it('projects a calendar period to its reset from what is spent', () => {
    const projected = projectSpend(budget('1.5', { calendar: true, resetsAt: 10 * 60 * minute }), perHour, 0);
    expect(projected && formatDecimal(projected)).toBe('11.5');
  });

  it('projects a rolling window as the rate over the whole window', () => {
    expect(formatDecimal(projectSpend(budget('1.5'), perHour, 0) ?? { units: 0n, scale: 0 })).toBe('24');
    const month = projectSpend(budget('0', { per: 'month' }), perHour, 0);
    expect(month && formatDecimal(month)).toBe('720');
  });

  it('has no projection for a calendar period without a reset time', () => {
    expect(projectSpend(budget('1', { calendar: true }), perHour, 0)).toBeUndefined();
  });
});
