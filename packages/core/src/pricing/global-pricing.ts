import type { PricingTable } from './pricing-schema.js';

/**
 * International pay-as-you-go prices in USD, only where documented: MiniMax-M2, M2-Stable and M2.1 text.
 * MiniMax's page (https://platform.minimax.io/docs/guides/pricing-paygo) was not readable when this
 * was recorded; the figures are those carried by kilocode's MiniMax model table and LiteLLM's docs.
 */
export const globalPricing = {
  region: 'global',
  currency: 'USD',
  sourceUrl: 'https://platform.minimax.io/docs/guides/pricing-paygo',
  sourceKind: 'aggregator',
  effectiveDate: '2026-11-23',
  notes: [
    'Only MiniMax-M2 / M2-Stable / M2.1 text is documented here; every other item has no global price.',
    'USD prices are never derived from CNY prices.',
  ],
  prices: [
    {
      kind: 'text',
      models: ['MiniMax-M2', 'MiniMax-M2-Stable', 'MiniMax-M2.1'],
      unit: 'token',
      per: 1_000_000,
      input: '0.3',
      output: '1.2',
      cacheRead: '0.03',
      cacheWrite: '0.375',
    },
  ],
} as const satisfies PricingTable;
