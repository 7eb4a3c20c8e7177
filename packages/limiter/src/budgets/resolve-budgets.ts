import { isDecimalString, type Region, regions } from '@minimax-kit/core';
import { LimiterOptionsError } from '../errors/limiter-options-error.js';
import type { Budget, ResolvedBudget } from './budget-options.js';
import { maxBudgetSubUnits, toSubUnits } from './money-units.js';

const periods = ['hour', 'day', 'week', 'month'] as const;
const idPattern = /^[A-Za-z0-9_.-]{1,64}$/;

function resolveBudget(budget: unknown, at: string, region: Region, seen: Set<string>): ResolvedBudget {
  if (typeof budget !== 'object' || budget === null)
    throw new LimiterOptionsError(at, budget, '{ id, amount: "5", currency, per: "day" }');
  const { id, amount, currency, per, calendar, onExceed } = budget as Partial<Budget>;
  if (typeof id !== 'string' || !idPattern.test(id))
    throw new LimiterOptionsError(`${at}.id`, id, 'a name of letters, digits, ".", "_" or "-" (at most 64)');
  if (seen.has(id)) throw new LimiterOptionsError(`${at}.id`, id, 'a name no other budget has');
  seen.add(id);
  // Money is never a float: a number would already have lost what a decimal string keeps.
  if (typeof amount !== 'string' || !isDecimalString(amount) || amount.startsWith('-'))
    throw new LimiterOptionsError(
      `${at}.amount`,
      amount,
      'an exact decimal string ≥ 0 such as "5" or "80.25"',
    );
  const limit = toSubUnits(amount);
  if (limit <= 0 || limit > maxBudgetSubUnits)
    throw new LimiterOptionsError(`${at}.amount`, amount, 'an amount above 0 and at most "1000000"');
  const expected = regions[region].currency;
  if (currency !== expected)
    throw new LimiterOptionsError(
      `${at}.currency`,
      currency,
      `"${expected}": a ${region} limiter is billed in ${expected}, and prices are never converted`,
    );
  if (!periods.includes(per as (typeof periods)[number]))
    throw new LimiterOptionsError(`${at}.per`, per, '"hour", "day", "week" or "month"');
  if (calendar !== undefined && typeof calendar !== 'boolean')
    throw new LimiterOptionsError(`${at}.calendar`, calendar, 'true or false');
  if (onExceed !== undefined && onExceed !== 'reject' && onExceed !== 'wait')
    throw new LimiterOptionsError(`${at}.onExceed`, onExceed, '"reject" or "wait"');
  return {
    id,
    amount,
    currency: expected,
    per: per as Budget['per'],
    calendar: calendar ?? false,
    onExceed: onExceed ?? 'reject',
    limit,
  };
}

/** Checks `createLimiter`'s `budgets` against the region; anything off is a `LimiterOptionsError` at creation. */
export function resolveBudgets(budgets: unknown, region: Region): ResolvedBudget[] {
  if (budgets === undefined) return [];
  if (!Array.isArray(budgets))
    throw new LimiterOptionsError(
      'budgets',
      budgets,
      'an array such as [{ id: "daily", amount: "5", currency: "USD", per: "day" }]',
    );
  const seen = new Set<string>();
  return budgets.map((budget, i) => Object.freeze(resolveBudget(budget, `budgets[${i}]`, region, seen)));
}

/** Checks `budgetKey`: a function of the demand, or nothing. */
export function checkBudgetKey(budgetKey: unknown): void {
  if (budgetKey !== undefined && typeof budgetKey !== 'function')
    throw new LimiterOptionsError('budgetKey', budgetKey, 'a function (demand) => string');
}
