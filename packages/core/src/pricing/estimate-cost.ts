import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { type Decimal, formatDecimal, sumDecimals } from '../money/decimal.js';
import type { Currency, Region } from '../regions/regions.js';
import type { Usage } from '../usage/usage.js';
import { type PricedLine, priceLines } from './price-lines.js';
import type { PricingTable } from './pricing-schema.js';
import { pricingTables } from './pricing-tables.js';

/** Options of `estimateCost`. */
export interface EstimateCostOptions {
  /** The platform whose prices apply; `cn` when absent (the region with a full public price list). */
  region?: Region;
  /** A table loaded with `loadPricing()`, used instead of the bundled one for its region. */
  pricing?: PricingTable;
}

/** One line of an estimate; `amount` and `price` are exact decimal strings. */
export interface CostLine extends Omit<PricedLine, 'amount'> {
  amount: string;
}

/** What some MiniMax work costs, exactly, with where the prices came from. */
export interface CostEstimate {
  currency: Currency;
  /** The exact total as a decimal string, e.g. `"4.1475"`. */
  total: string;
  lines: CostLine[];
  source: Pick<PricingTable, 'region' | 'sourceUrl' | 'sourceKind' | 'effectiveDate'>;
}

/**
 * Prices one usage, or several, at MiniMax's pay-as-you-go rates — exactly, in the region's currency.
 *
 * Throws a typed error (`UnknownModelError`, `PriceNotFoundError`, `UnsupportedCombinationError`,
 * `InvalidUsageError`) naming the valid options for anything it cannot price; never returns a silent 0.
 */
export function estimateCost(
  usage: Usage | readonly Usage[],
  options: EstimateCostOptions = {},
): CostEstimate {
  const table = options.pricing ?? pricingTables[options.region ?? 'cn'];
  if (!table)
    throw new InvalidUsageError(
      'options.region',
      `is ${JSON.stringify(options.region)}; use "cn" or "global"`,
    );
  if (options.pricing && options.region && options.region !== table.region) {
    throw new InvalidUsageError(
      'options.region',
      `is "${options.region}" but the table given is for "${table.region}"`,
    );
  }
  const usages: readonly Usage[] = Array.isArray(usage) ? usage : [usage as Usage];
  const lines: CostLine[] = [];
  const amounts: Decimal[] = [];
  for (const [index, item] of usages.entries()) {
    if (typeof item !== 'object' || item === null) {
      throw new InvalidUsageError(
        usages.length > 1 ? `usage[${index}]` : 'usage',
        'must be an object with a kind',
      );
    }
    for (const { amount, ...line } of priceLines(item, table)) {
      amounts.push(amount);
      lines.push(Object.assign(line, { amount: formatDecimal(amount) }));
    }
  }
  const { region, sourceUrl, sourceKind, effectiveDate } = table;
  return {
    currency: table.currency,
    total: formatDecimal(sumDecimals(amounts)),
    lines,
    source: { region, sourceUrl, sourceKind, effectiveDate },
  };
}
