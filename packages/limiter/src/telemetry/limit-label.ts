import { parseBudgetDimensionId } from '../budgets/budget-dimensions.js';

/**
 * A limit's name for telemetry: its dimension id, but a budget's without whose budget it is (a
 * tenant can be a user id; `budget:daily:alice` is reported as `budget:daily`).
 */
export function limitLabel(dimension: string): string {
  const budget = parseBudgetDimensionId(dimension);
  return budget ? `budget:${budget.budget}` : dimension;
}
