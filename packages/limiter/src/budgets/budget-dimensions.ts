import type { Demand } from '../demand.js';
import type { LimitConfig } from '../limit-config.js';
import type { BudgetDimension } from '../state/dimension.js';
import type { ResolvedBudget } from './budget-options.js';
import { toSubUnits } from './money-units.js';

// Monday 1970-01-05 00:00 UTC is day 4 after the epoch.
const mondays = 4;

/** The tenant a demand's budgets belong to when nothing derives one. */
export const defaultBudgetKey = 'default';

/** The dimension id of a budget for one key: `budget:<id>:<key>` (budget ids hold no `:`). */
export const budgetDimensionId = (budget: string, key: string): string => `budget:${budget}:${key}`;

/** Reads a budget dimension id back: the budget's id and its key. */
export function parseBudgetDimensionId(id: string): { budget: string; key: string } | undefined {
  const match = /^budget:([^:]+):(.*)$/s.exec(id);
  return match ? { budget: match[1] as string, key: match[2] as string } : undefined;
}

function windowOf(budget: ResolvedBudget, config: LimitConfig): Pick<BudgetDimension, 'windowMs' | 'period'> {
  const hour = 3_600_000 * config.timeScale;
  const day = 24 * hour;
  const lengths = { hour, day, week: 7 * day, month: 30 * day };
  if (!budget.calendar) return { windowMs: lengths[budget.per] };
  const alignMs = (-config.dayOffsetMinutes * hour) / 60;
  if (budget.per === 'week')
    return { windowMs: 0, period: { periodMs: 7 * day, alignMs: mondays * day + alignMs } };
  // A calendar month only exists in real time; a scaled one is 30 scaled days.
  if (budget.per === 'month' && config.timeScale === 1)
    return { windowMs: 0, period: { periodMs: 30 * day, alignMs, months: true } };
  return { windowMs: 0, period: { periodMs: lengths[budget.per], alignMs } };
}

/** The budget dimensions a demand draws on: every budget, at the demand's worst-case `cost`, for its tenant. */
export function budgetDimensions(config: LimitConfig, demand: Demand): BudgetDimension[] {
  const cost = demand.cost;
  if (config.budgets.length === 0 || cost === undefined) return [];
  const amount = toSubUnits(cost.amount);
  const key = demand.tenant ?? defaultBudgetKey;
  return config.budgets.map((budget) => ({
    id: budgetDimensionId(budget.id, key),
    kind: 'budget',
    limit: budget.limit,
    amount,
    ...windowOf(budget, config),
    guardMs: budget.calendar ? 0 : config.guardMs,
    bucketMs: 0,
    rejects: budget.onExceed === 'reject',
  }));
}
