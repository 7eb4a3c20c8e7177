import { regions } from '@minimax-kit/core';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import type { LimitConfig } from '../limit-config.js';
import type { BudgetDimension, Decision, Dimension } from '../state/dimension.js';
import type { DimensionUsage, LimiterStore } from '../stores/store.js';
import { parseBudgetDimensionId } from './budget-dimensions.js';
import { fromSubUnits } from './money-units.js';

/** The budget that refused a decision and refuses rather than waits, if that is what blocked it. */
export function rejectingBudget(dims: readonly Dimension[], decision: Decision): BudgetDimension | undefined {
  if (decision.ok) return undefined;
  const d = dims.find((dim) => dim.id === decision.blockedBy);
  return d?.kind === 'budget' && (d.rejects || !Number.isFinite(decision.retryAfterMs)) ? d : undefined;
}

/** The `BudgetExceededError` of a budget with no room, with what it holds now read from the store. */
export async function budgetRefusal(
  store: LimiterStore,
  key: string,
  config: LimitConfig,
  d: BudgetDimension,
  retryAfterMs: number,
): Promise<BudgetExceededError> {
  let held: Record<string, DimensionUsage> = {};
  try {
    held = store.peek?.(key, [d]) ?? (await store.read(key, [d]));
  } catch {
    // The refusal stands without the figures: spent and reserved show as 0.
  }
  const usage = held[d.id];
  const reserved = usage?.reserved ?? 0;
  const { budget, key: tenant } = parseBudgetDimensionId(d.id) ?? { budget: d.id, key: '' };
  const resolved = config.budgets.find((b) => b.id === budget);
  return new BudgetExceededError({
    budget,
    key: tenant,
    currency: regions[config.region].currency,
    amount: resolved?.amount ?? fromSubUnits(d.limit),
    spent: fromSubUnits(Math.max(0, (usage?.used ?? 0) - reserved)),
    reserved: fromSubUnits(reserved),
    requested: fromSubUnits(d.amount),
    retryAfterMs,
  });
}
