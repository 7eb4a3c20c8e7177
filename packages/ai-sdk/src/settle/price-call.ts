import { type CallCost, costOfCall, type Region, type RequestDescription } from '@minimax-kit/core';
import type { WireUsage } from './reported-usage.js';

/**
 * What a call cost: `@minimax-kit/core`'s `costOfCall` of the chat request it was, with the usage
 * the model reported — exact decimal strings in the region's currency, the figure `limitFetch`
 * settles budgets to. Without a usage it is `{ priced: false, reason }`, never a silent 0.
 */
export function priceCall(
  description: RequestDescription,
  usage: WireUsage | undefined,
  region: Region,
): CallCost {
  if (!usage)
    return {
      priced: false,
      reason:
        'The model reported no usage, so the call is neither priced nor settled: its reservation stands.',
      ...(description.model ? { model: description.model } : {}),
    };
  return costOfCall({
    method: 'POST',
    url: description.path,
    body: { model: description.model },
    answer: { usage },
    region,
  });
}
