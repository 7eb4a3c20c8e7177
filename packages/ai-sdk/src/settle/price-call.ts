import { type CallCost, estimateCost, MiniMaxKitError, type Region, type TextUsage } from '@minimax-kit/core';

/**
 * What a call cost: `@minimax-kit/core`'s exact price of the usage the model reported (the figure
 * its `costOfCall` gives a finished call, and `limitFetch` settles budgets to) — decimal strings in
 * the region's currency. Without a usage, or without a price, it is `{ priced: false, reason }`,
 * never a silent 0.
 */
export function priceCall(model: string, usage: TextUsage | undefined, region: Region): CallCost {
  if (!usage)
    return {
      priced: false,
      reason:
        'The model reported no usage, so the call is neither priced nor settled: its reservation stands.',
      model,
    };
  try {
    const { currency, total, lines } = estimateCost(usage, { region });
    return { priced: true, currency, total, lines, usage };
  } catch (error) {
    if (error instanceof MiniMaxKitError) return { priced: false, reason: error.message, model };
    throw error;
  }
}
