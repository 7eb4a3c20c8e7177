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
): { amount: string; currency: Currency } | undefined {
  if (description.unpriced !== undefined) throw new UnpricedRequestError(description.unpriced);
  if (description.usage === undefined) return undefined;
  const { total, currency } = estimateCost(description.usage, { region });
  return { amount: total, currency };
}
