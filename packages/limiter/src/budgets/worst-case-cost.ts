import { type Currency, estimateCost, type Region, type RequestDescription } from '@minimax-kit/core';
import { UnpricedRequestError } from '../errors/unpriced-request-error.js';

/**
 * What a described request can cost at most, priced by `@minimax-kit/core` in the region's
 * currency: its input estimate and `max_tokens` of output for text, the exact price of a media job.
 * A request that bills nothing has no cost; one whose bill is known only after it ran (speech from
 * a file) cannot be kept within a budget and is refused with `UnpricedRequestError`.
 */
export function worstCaseCost(
  description: RequestDescription,
  region: Region,
  serviceTier: 'standard' | 'priority' = 'standard',
): { amount: string; currency: Currency } | undefined {
  if (description.unpriced !== undefined) throw new UnpricedRequestError(description.unpriced);
  if (description.usage === undefined) return undefined;
  const usage = description.usage;
  const price = (tier: 'standard' | 'priority') => estimateCost(usage, { region, serviceTier: tier });
  let estimate: ReturnType<typeof price>;
  try {
    estimate = price(serviceTier);
  } catch (error) {
    // A model without a priority tier is served (and billed) at its standard price.
    if (serviceTier === 'standard') throw error;
    estimate = price('standard');
  }
  const { total, currency } = estimate;
  return { amount: total, currency };
}
