import { compareDecimals, parseDecimal } from '../money/decimal.js';
import { type Currency, regions } from '../regions/regions.js';
import { dailyQuotas } from './daily-quotas.js';
import { planDemand } from './plan-demand.js';
import { daysPerMonth, type PlanCost, type PlanOption, planCost, planOption } from './plan-option.js';
import { type PlanPriceOptions, planPricesAt } from './plan-prices-at.js';
import type { PlanTier } from './plan-tier-schema.js';
import { dailyWork, type PlanWorkload } from './plan-workload.js';
import { tokenPlan } from './token-plan.js';
import type { PlanKind } from './token-plan-requests.js';

/** A workload priced pay-as-you-go and on every Token Plan tier sold on the day. */
export interface PlanComparison {
  region: PlanPriceOptions['region'];
  currency: Currency;
  /** The UTC day whose prices apply. */
  day: string;
  daysPerMonth: number;
  /** The whole workload on a pay-as-you-go key. */
  payAsYouGo: PlanCost;
  /** Each tier, cheapest first. */
  plans: PlanOption[];
  /** The cheapest way to run the workload for a month: `pay-as-you-go` or a tier. */
  cheapest: 'pay-as-you-go' | PlanTier;
}

/**
 * Pay-as-you-go or a Token Plan? Prices a typical day of work (text calls by model, media per day)
 * pay-as-you-go and on each tier sold in the region on `at`: whether it fits the 5-hour window
 * (the day's text spread evenly over `activeHours`), the weekly cap and each daily quota, and what
 * does not fit costs as Credits or pay-as-you-go. Exact decimals in the region's currency.
 *
 * Window quotas are those reported for each tier (`tokenPlan.reportedQuotas`); some daily quotas
 * are assumptions (`dailyQuotas`); the plan's console stays the truth. A plan is taken as bought
 * on `at`, so the weekly cap applies from 2026-03-23 on. Throws `InvalidUsageError`
 * or `UnknownModelError` for a bad workload, `PlanPriceNotFoundError` when no plan is priced.
 */
export function comparePlans(workload: PlanWorkload, options: PlanPriceOptions): PlanComparison {
  const { day, rows } = planPricesAt(options);
  const work = dailyWork(workload);
  const rules = options.catalog?.tokenPlan ?? tokenPlan;
  const demands = new Map<PlanKind, ReturnType<typeof planDemand>>();
  const demandOf = (kind: PlanKind) => {
    let demand = demands.get(kind);
    if (!demand) {
      demand = planDemand(work, kind, options, day);
      demands.set(kind, demand);
    }
    return demand;
  };
  const payAsYouGo = planCost(demandOf('standard').payAsYouGo);
  const plans = rows.flatMap((row) => {
    const reported = rules.reportedQuotas.find((q) => q.region === row.region && q.tier === row.tier);
    if (!reported) return []; // a priced tier with no known quota cannot be compared
    return [
      planOption(row, demandOf(row.kind), {
        windowRequests: reported.windowRequests,
        windowHours: rules.textWindowHours,
        dailyQuotas: dailyQuotas[row.tier],
        activeHours: work.activeHours,
        day,
      }),
    ];
  });
  plans.sort((a, b) => compareDecimals(parseDecimal(a.totalPerMonth), parseDecimal(b.totalPerMonth)));
  const best = plans[0];
  const cheapest =
    best && compareDecimals(parseDecimal(best.totalPerMonth), parseDecimal(payAsYouGo.perMonth)) < 0
      ? best.tier
      : 'pay-as-you-go';
  return {
    region: options.region,
    currency: regions[options.region].currency,
    day,
    daysPerMonth,
    payAsYouGo,
    plans,
    cheapest,
  };
}
