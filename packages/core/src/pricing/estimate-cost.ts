import { modelsOfTable } from '../catalog/catalog-models.js';
import type { Catalog } from '../catalog/catalog-schema.js';
import { objectArgument } from '../errors/check-argument.js';
import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { formatDecimal, sumDecimals } from '../money/decimal.js';
import type { Currency, Region } from '../regions/regions.js';
import type { Usage } from '../usage/usage.js';
import type { PriceQuery } from './pick-row.js';
import { type PricedLine, priceLines } from './price-lines.js';
import type { PricingTable } from './pricing-schema.js';
import { pricingTables } from './pricing-tables.js';
import { quoteDay } from './quote-day.js';

/** Options of `estimateCost`. */
export interface EstimateCostOptions {
  /** The platform whose prices apply; `cn` when absent (the region with a full public price list). */
  region?: Region;
  /** A table loaded with `loadPricing()`, used instead of the bundled one for its region. */
  pricing?: PricingTable;
  /** A catalog loaded with `loadCatalog()`: its prices for the region, and its models and aliases. */
  catalog?: Pick<Catalog, 'pricing'>;
  /** The date whose prices apply (a `Date`, epoch ms or `"2026-06-01"`, read as a UTC day); today when absent. */
  at?: Date | string | number;
  /** MiniMax's `service_tier`: `priority` multiplies the price where MiniMax offers it (1.5× for M3). */
  serviceTier?: 'standard' | 'priority';
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
  /** The table's main source and the day priced; a line priced from elsewhere names its own `source`. */
  source: Pick<PricingTable, 'region' | 'sourceUrl' | 'sourceKind' | 'effectiveDate'> & { pricedOn: string };
}

function queryOf(options: EstimateCostOptions): PriceQuery {
  objectArgument(
    options,
    'options',
    'pass { region?, at?, serviceTier?, pricing?, catalog? } or leave it out',
  );
  const tables = options.catalog?.pricing ?? pricingTables;
  const table =
    options.pricing ??
    (Object.hasOwn(tables, options.region ?? 'cn') ? tables[options.region ?? 'cn'] : undefined);
  if (options.catalog && options.catalog.pricing !== pricingTables && table && !modelsOfTable(table))
    throw new InvalidUsageError(
      'options.catalog',
      'was not returned by loadCatalog(); load it first, which checks it',
    );
  if (!table || !Object.hasOwn(pricingTables, table.region))
    throw new InvalidUsageError(
      'options.region',
      `is ${describeValue(options.region)}; use "cn" or "global"`,
    );
  if (options.pricing && options.region && options.region !== table.region) {
    throw new InvalidUsageError(
      'options.region',
      `is ${describeValue(options.region)} but the table given is for "${table.region}"`,
    );
  }
  const serviceTier = options.serviceTier ?? 'standard';
  if (serviceTier !== 'standard' && serviceTier !== 'priority')
    throw new InvalidUsageError(
      'options.serviceTier',
      `is ${describeValue(serviceTier)}; use "standard" or "priority"`,
    );
  return { table, day: quoteDay(options.at ?? Date.now()), serviceTier };
}

/**
 * Prices one usage, or several, at MiniMax's pay-as-you-go rates — exactly, in the region's currency,
 * as of `at` (today when absent).
 *
 * Throws a typed error (`UnknownModelError`, `PriceNotFoundError`, `UnsupportedCombinationError`,
 * `InvalidUsageError`) naming the valid options for anything it cannot price; never returns a silent 0.
 */
export function estimateCost(
  usage: Usage | readonly Usage[],
  options: EstimateCostOptions = {},
): CostEstimate {
  const query = queryOf(options);
  const usages: readonly Usage[] = Array.isArray(usage) ? usage : [usage as Usage];
  const lines: CostLine[] = [];
  const amounts: PricedLine['amount'][] = [];
  for (const [index, item] of usages.entries()) {
    if (typeof item !== 'object' || item === null) {
      throw new InvalidUsageError(
        usages.length > 1 ? `usage[${index}]` : 'usage',
        'must be an object with a kind',
      );
    }
    for (const { amount, ...line } of priceLines(item, query)) {
      amounts.push(amount);
      lines.push(Object.assign(line, { amount: formatDecimal(amount) }));
    }
  }
  const { region, sourceUrl, sourceKind, effectiveDate, currency } = query.table;
  return {
    currency,
    total: formatDecimal(sumDecimals(amounts)),
    lines,
    source: { region, sourceUrl, sourceKind, effectiveDate, pricedOn: query.day },
  };
}
