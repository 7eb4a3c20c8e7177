import { deepFreeze } from '../data/deep-freeze.js';
import { rateLimitTables } from '../limits/rate-limits.js';
import { models } from '../models/models.js';
import { pricingTables } from '../pricing/pricing-tables.js';
import { tokenPlan } from '../token-plan/token-plan.js';
import type { Catalog } from './catalog-schema.js';

/**
 * The catalog this release bundles: the same frozen tables `estimateCost`, `rateLimits` and
 * `tokenPlanRequests` use, as one object (`@minimax-kit/core/catalog.json` is it as JSON).
 */
export const catalog: Catalog = /* @__PURE__ */ deepFreeze({
  // The day minimax-now.md was collected: the newest figures in the tables.
  effectiveDate: '2026-12-02',
  models: models as Catalog['models'],
  pricing: pricingTables,
  rateLimits: rateLimitTables,
  tokenPlan: tokenPlan as Catalog['tokenPlan'],
});
