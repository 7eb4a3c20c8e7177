import type { Region } from '../regions/regions.js';
import { cnPricing } from './cn-pricing.js';
import { globalPricing } from './global-pricing.js';
import type { PricingTable } from './pricing-schema.js';

/** The price tables minimax-kit ships, by region. */
export const pricingTables: Readonly<Record<Region, PricingTable>> = { cn: cnPricing, global: globalPricing };
