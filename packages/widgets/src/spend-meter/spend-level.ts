import {
  compareDecimals,
  isDecimalString,
  multiplyDecimals,
  parseDecimal,
  sumDecimals,
} from '@minimax-kit/core';
import type { Level } from '../internal/observed.js';
import type { BudgetUsage } from './budget-usage.js';

const percent = (threshold: number) =>
  parseDecimal(isDecimalString(String(threshold)) ? String(threshold) : '100');

/** A budget's level, exactly: spent plus reserved against `warning` and `critical` percent of its amount. */
export function spendLevel(budget: BudgetUsage, warning: number, critical: number): Level {
  const used = multiplyDecimals(sumDecimals([parseDecimal(budget.spent), parseDecimal(budget.reserved)]), {
    units: 100n,
    scale: 0,
  });
  const amount = parseDecimal(budget.amount);
  const past = (threshold: number) =>
    compareDecimals(used, multiplyDecimals(amount, percent(threshold))) >= 0;
  if (past(critical)) return 'critical';
  if (past(warning)) return 'warning';
  return 'ok';
}

/** Whether every money field of a budget is a plain decimal string (anything else is not shown). */
export const isReadable = (budget: BudgetUsage): boolean =>
  typeof budget === 'object' &&
  budget !== null &&
  [budget.amount, budget.spent, budget.reserved, budget.remaining].every(
    (value) => typeof value === 'string' && isDecimalString(value),
  );
