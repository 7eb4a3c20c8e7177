import { regions } from '@minimax-kit/core';
import type { LimitConfig } from '../limit-config.js';
import type { Dimension } from '../state/dimension.js';
import type { DimensionUsage } from '../stores/store.js';
import { parseBudgetDimensionId } from './budget-dimensions.js';
import type { BudgetUsage } from './budget-options.js';
import { fromSubUnits } from './money-units.js';

/** Every budget among `dims` as meters show it, from what the store read: exact decimal strings. */
export function budgetUsages(
  config: LimitConfig,
  dims: Iterable<Dimension>,
  read: Record<string, DimensionUsage>,
): BudgetUsage[] {
  const usages: BudgetUsage[] = [];
  if (config.budgets.length === 0) return usages;
  const currency = regions[config.region].currency;
  for (const d of dims) {
    if (d.kind !== 'budget') continue;
    const ids = parseBudgetDimensionId(d.id);
    const budget = config.budgets.find((b) => b.id === ids?.budget);
    if (!ids || !budget) continue;
    const usage = read[d.id];
    const used = usage?.used ?? 0;
    const reserved = usage?.reserved ?? 0;
    const resetsAt = usage?.resetsAt;
    usages.push({
      id: budget.id,
      key: ids.key,
      currency,
      amount: budget.amount,
      spent: fromSubUnits(Math.max(0, used - reserved)),
      reserved: fromSubUnits(reserved),
      remaining: fromSubUnits(Math.max(0, budget.limit - used)),
      per: budget.per,
      calendar: budget.calendar,
      ...(resetsAt !== undefined ? { resetsAt } : {}),
    });
  }
  return usages;
}
