import { costOfCall, type Region, type RequestDescription } from '@minimax-kit/core';

/** The request a cost is for: what `costOfCall` reads its model and `service_tier` from. */
export interface CostedRequest {
  method: string;
  url: string;
  body: string | undefined;
}

// A count a server reported; anything else (negative, non-finite, fractional) is no count.
const impossible = (value: unknown) =>
  typeof value === 'number' && !(Number.isSafeInteger(value) && value >= 0);

/**
 * What a successful call cost, priced by `@minimax-kit/core`'s `costOfCall` from the usage its
 * answer reports, as an exact decimal string — for the work billed by its usage (text, speech,
 * images). `undefined` keeps the reservation as the cost: a job's price is fixed by its request
 * (video is billed when its task succeeds, music per song), and a report with any impossible count
 * (negative, non-finite) or none at all is no bill to trust — never settled below the reservation.
 */
export function actualCost(
  description: RequestDescription,
  request: CostedRequest,
  answer: unknown,
  region: Region,
): string | undefined {
  const kind = description.usage?.kind;
  if (kind !== 'text' && kind !== 'speech' && kind !== 'image') return undefined;
  if (typeof answer !== 'object' || answer === null) return undefined;
  const usage = (answer as { usage?: unknown }).usage;
  if (typeof usage === 'object' && usage !== null && Object.values(usage).some(impossible)) return undefined;
  const cost = costOfCall({ ...request, answer, region });
  return cost.priced ? cost.total : undefined;
}
