import type { Catalog } from '../catalog/catalog-schema.js';
import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanPriceNotFoundError } from '../errors/plan-price-not-found-error.js';
import { quoteDay } from '../pricing/quote-day.js';
import type { Region } from '../regions/regions.js';
import type { PlanPrice } from './plan-price-schema.js';
import { tokenPlan } from './token-plan.js';

/** Options shared by `comparePlans` and `upgradeCost`. */
export interface PlanPriceOptions {
  region: Region;
  /** The day whose prices apply (a `Date`, epoch ms or `"2026-06-01"`, a UTC day); today when absent. */
  at?: Date | string | number;
  /** A catalog loaded with `loadCatalog()`: its plan prices and rules instead of the bundled ones. */
  catalog?: Pick<Catalog, 'tokenPlan' | 'pricing' | 'models'>;
}

const span = (row: PlanPrice) =>
  `${row.region} ${row.plan} ${row.from ? `from ${row.from}` : ''}${row.from && row.until ? ' ' : ''}${row.until ? `until ${row.until}` : ''}`.trim();

/**
 * The monthly prices of request-based Token Plans on a day in a region, cheapest first. Throws
 * `PlanPriceNotFoundError` naming the known spans when there are none (no price is ever 0).
 */
export function planPricesAt(options: PlanPriceOptions): { day: string; rows: PlanPrice[] } {
  const region = options?.region;
  if (region !== 'cn' && region !== 'global')
    throw new InvalidUsageError('options.region', `is ${describeValue(region)}; use "cn" or "global"`);
  const day = quoteDay(options.at ?? Date.now());
  const all = (options.catalog?.tokenPlan ?? tokenPlan).prices;
  // The 2025 Coding Plan counted prompts, not requests: its quotas cannot hold a workload's requests.
  const requestBased = all.filter((row) => row.period === 'month' && row.windowPrompts === undefined);
  const rows = requestBased.filter(
    (row) =>
      row.region === region &&
      (row.from === undefined || row.from <= day) &&
      (row.until === undefined || day < row.until),
  );
  if (rows.length === 0) throw new PlanPriceNotFoundError(region, day, [...new Set(requestBased.map(span))]);
  return { day, rows };
}
