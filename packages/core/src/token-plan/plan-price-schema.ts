import type { infer as Infer } from 'zod/mini';
import { enum as enumOf, int, optional, positive, strictObject, string } from 'zod/mini';
import { dateSchema, priceSchema, priceSourceSchema } from '../pricing/price-row-schema.js';
import { regionSchema } from '../regions/region-schema.js';
import { planTierSchema } from './plan-tier-schema.js';

/** A standard plan, or a High-Speed one that adds MiniMax-M*-highspeed. */
export const planKindSchema = enumOf(['standard', 'highspeed']);

/**
 * What one plan tier costs in one region, for the days `from` (inclusive) to `until` (exclusive),
 * in the region's currency — never converted. `windowPrompts` marks the 2025 Coding Plan, whose
 * 5-hour quota counted prompts ("1 prompt ≈ 15 model calls"), not requests.
 */
export const planPriceSchema = strictObject({
  region: regionSchema,
  tier: planTierSchema,
  kind: planKindSchema,
  /** The product's name in its era: `Coding Plan` (2025) or `Token Plan`. */
  plan: enumOf(['Coding Plan', 'Token Plan']),
  period: enumOf(['month', 'year']),
  price: priceSchema,
  windowPrompts: optional(int().check(positive())),
  from: optional(dateSchema),
  until: optional(dateSchema),
  source: priceSourceSchema,
  note: optional(string()),
});

/** One plan tier's price (see `planPriceSchema`). */
export type PlanPrice = Infer<typeof planPriceSchema>;
