import type { CallCost } from '@minimax-kit/core';
import type { Demand, Limiter } from '@minimax-kit/limiter';

/** One budget the call drew on, after it settled: money as exact decimal strings. */
export interface BudgetReport {
  id: string;
  key: string;
  currency: string;
  amount: string;
  spent: string;
  reserved: string;
  remaining: string;
}

/** What `providerMetadata.minimaxKit` holds: JSON only, as provider metadata must be. */
export interface CallReport {
  /** The canonical MiniMax model id the call was limited and priced as. */
  model: string;
  /** core's `costOfCall`: `{ priced: true, currency, total, lines }` or `{ priced: false, reason }`. */
  cost:
    | { priced: true; currency: string; total: string; lines: { description: string; amount: string }[] }
    | { priced: false; reason: string };
  /** How long the call waited for room under the limits, ms. */
  waitedMs: number;
  /** Token Plan requests the call drew (its model's weight), when the limiter keeps a plan. */
  planRequests?: number;
  /** What is left, by limiter dimension (`rpm:text:MiniMax-M2`, `tpm:…`, `plan:window`, `plan:week`), as the limiter last knew it. */
  remaining: Record<string, number>;
  /** The budgets the call drew on. */
  budgets?: BudgetReport[];
}

const jsonCost = (cost: CallCost): CallReport['cost'] =>
  cost.priced
    ? {
        priced: true,
        currency: cost.currency,
        total: cost.total,
        lines: cost.lines.map((line) => ({ description: line.description, amount: line.amount })),
      }
    : { priced: false, reason: cost.reason };

/**
 * The call's report for `providerMetadata.minimaxKit`: its exact cost, wait, plan draw, and what is
 * left of every limit and budget it touched (from `limiter.snapshot()`: exact for the memory
 * store, the last read for the browser and Redis stores).
 */
export function callReport(
  limiter: Limiter,
  demand: Demand,
  model: string,
  cost: CallCost,
  waitedMs: number,
  planRequests: number | undefined,
): CallReport {
  const snapshot = limiter.snapshot();
  const remaining: Record<string, number> = {};
  const budgetIds = new Set<string>();
  for (const dimension of limiter.dimensionsOf(demand)) {
    if (dimension.kind === 'budget') {
      budgetIds.add(dimension.id);
      continue;
    }
    const usage = snapshot.dimensions[dimension.id];
    if (usage && Number.isFinite(usage.limit))
      remaining[dimension.id] = Math.max(0, usage.limit - usage.used);
  }
  // The limiter documents a budget's dimension id as `budget:<id>:<key>`.
  const budgets = snapshot.budgets
    .filter((budget) => budgetIds.has(`budget:${budget.id}:${budget.key}`))
    .map(({ id, key, currency, amount, spent, reserved, remaining }) => ({
      id,
      key,
      currency,
      amount,
      spent,
      reserved,
      remaining,
    }));
  return {
    model,
    cost: jsonCost(cost),
    waitedMs,
    ...(planRequests === undefined ? {} : { planRequests }),
    remaining,
    ...(budgets.length > 0 ? { budgets } : {}),
  };
}
