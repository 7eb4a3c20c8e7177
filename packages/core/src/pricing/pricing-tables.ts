import { deepFreeze } from '../data/deep-freeze.js';
import type { Region } from '../regions/regions.js';
import { cnPricing } from './cn-pricing.js';
import { cnTextPrices2026 } from './cn-pricing-2026.js';
import { globalPricing } from './global-pricing.js';
import type { PricingTable } from './pricing-schema.js';

/** The price tables minimax-kit ships, by region: deeply frozen, so no caller can change a later quote. */
export const pricingTables: Readonly<Record<Region, PricingTable>> = /* @__PURE__ */ deepFreeze({
  cn: {
    ...cnPricing,
    notes: [
      ...cnPricing.notes.slice(0, 2),
      'MiniMax-M2.7, M2.5, M2.1 and M3 come from a later version of the page as cited on 2026-09-19.',
    ],
    prices: [...cnPricing.prices, ...cnTextPrices2026],
  },
  global: globalPricing,
});
