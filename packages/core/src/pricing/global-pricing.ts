import { globalMediaPrices } from './global-media-pricing.js';
import { globalTextPrices } from './global-text-pricing.js';
import type { PricingTable } from './pricing-schema.js';

/**
 * International pay-as-you-go prices in USD: every model MiniMax’s global pricing page lists, plus
 * MiniMax-M3 as cited. Rows name their own source where it is not the page itself.
 * Source: https://platform.minimax.io/docs/guides/pricing-paygo
 */
export const globalPricing: PricingTable = {
  region: 'global',
  currency: 'USD',
  sourceUrl: 'https://platform.minimax.io/docs/guides/pricing-paygo',
  sourceKind: 'official',
  effectiveDate: '2026-12-02',
  notes: [
    'The page is an undated copy from between M2.7’s launch (March 2026) and M3’s (2026-06-01); minimax-kit read it on 2026-12-02.',
    'USD prices are never derived from CNY prices.',
  ],
  prices: [...globalTextPrices, ...globalMediaPrices],
};
