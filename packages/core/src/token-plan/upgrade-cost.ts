import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanPriceNotFoundError } from '../errors/plan-price-not-found-error.js';
import { compareDecimals, formatDecimal, parseDecimal, subtractDecimals } from '../money/decimal.js';
import { type Currency, regions } from '../regions/regions.js';
import type { PlanPrice } from './plan-price-schema.js';
import { type PlanPriceOptions, planPricesAt } from './plan-prices-at.js';
import type { PlanTier } from './plan-tier-schema.js';

/** What moving to a higher tier mid-period costs. */
export interface UpgradeCost {
  from: PlanTier;
  to: PlanTier;
  currency: Currency;
  /** The price difference, exact: what MiniMax charges for the upgrade. */
  amount: string;
  /** The two monthly prices it is the difference of. */
  fromPrice: string;
  toPrice: string;
  /** The new plan applies as soon as it is paid (Token Plan FAQ). */
  effective: 'immediately';
  day: string;
}

/**
 * What upgrading a Token Plan from one tier to a higher one costs: the price difference, effective
 * at once (Token Plan FAQ: "You only need to pay the price difference, and the new plan takes
 * effect immediately"). Throws `InvalidUsageError` when `to` is not dearer than `from`, and
 * `PlanPriceNotFoundError` when either tier is not sold in the region on the day.
 */
export function upgradeCost(from: PlanTier, to: PlanTier, options: PlanPriceOptions): UpgradeCost {
  const { day, rows } = planPricesAt(options);
  const sold = rows.filter((row) => row.kind === 'standard');
  const find = (tier: unknown, field: string): PlanPrice => {
    const row = sold.find((candidate) => candidate.tier === tier);
    if (row) return row;
    if (typeof tier !== 'string' || !['starter', 'plus', 'max', 'ultra'].includes(tier))
      throw new InvalidUsageError(
        field,
        `is ${describeValue(tier)}; use one of ${sold.map((r) => `"${r.tier}"`).join(', ')}`,
      );
    throw new PlanPriceNotFoundError(
      options.region,
      day,
      sold.map((r) => r.tier),
      `${tier} plan price`,
    );
  };
  const before = find(from, 'from');
  const after = find(to, 'to');
  const difference = subtractDecimals(parseDecimal(after.price), parseDecimal(before.price));
  if (compareDecimals(difference, { units: 0n, scale: 0 }) <= 0)
    throw new InvalidUsageError(
      'to',
      `is "${to}" at ${after.price}, not dearer than "${from}" at ${before.price}; an upgrade goes to a dearer tier`,
    );
  return {
    from,
    to,
    currency: regions[options.region].currency,
    amount: formatDecimal(difference),
    fromPrice: before.price,
    toPrice: after.price,
    effective: 'immediately',
    day,
  };
}
