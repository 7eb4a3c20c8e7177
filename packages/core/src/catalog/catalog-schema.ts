import type { infer as Infer } from 'zod/mini';
import { array, optional, strictObject, string } from 'zod/mini';
import { rateLimitTableSchema } from '../limits/rate-limit-schema.js';
import { modelInfoSchema } from '../models/model-schema.js';
import { dateSchema } from '../pricing/price-row-schema.js';
import { pricingTableSchema } from '../pricing/pricing-schema.js';
import { tokenPlanSchema } from '../token-plan/token-plan-schema.js';

/**
 * Everything core knows about what MiniMax sells, as one JSON document: models with their aliases,
 * each region's prices and rate limits, and the Token Plan rules. `loadCatalog` checks more than
 * this shape (see `checkCatalog`).
 */
export const catalogSchema = strictObject({
  /** Where the JSON Schema of this document is, for editors. */
  $schema: optional(string()),
  /** The day the newest figure of the catalog was read. */
  effectiveDate: dateSchema,
  models: array(modelInfoSchema),
  pricing: strictObject({ cn: pricingTableSchema, global: pricingTableSchema }),
  rateLimits: strictObject({ cn: rateLimitTableSchema, global: rateLimitTableSchema }),
  tokenPlan: tokenPlanSchema,
});

/** A catalog: the bundled one (`catalog`) or one `loadCatalog` accepted. */
export type Catalog = Infer<typeof catalogSchema>;
