import { PlanCoverageError } from '../errors/plan-coverage-error.js';
import { PlanWeightUnknownError } from '../errors/plan-weight-unknown-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import { type Decimal, parseDecimal, sumDecimals } from '../money/decimal.js';
import { estimateCost } from '../pricing/estimate-cost.js';
import type { Usage } from '../usage/usage.js';
import { dailyQuotaUse } from './daily-quota.js';
import type { PlanPriceOptions } from './plan-prices-at.js';
import type { DailyWork } from './plan-workload.js';
import { tokenPlan } from './token-plan.js';
import { type PlanKind, tokenPlanRequestsExact } from './token-plan-requests.js';
import type { TokenPlanRules } from './token-plan-schema.js';

/** One day of a workload as a plan of one kind sees it, with the pay-as-you-go cost of each part. */
export interface PlanDemand {
  /** The pay-as-you-go cost of the whole day. */
  payAsYouGo: Decimal;
  /** Text the plan covers: its requests (highspeed ×2 …) and what they would cost pay-as-you-go. */
  text: { requests: bigint; cost: Decimal };
  /** Media the plan covers, by daily-quota bucket: units a day and their pay-as-you-go cost. */
  buckets: Map<string, { units: number; cost: Decimal }>;
  /** Work the plan does not cover at all: it stays on the pay-as-you-go key. */
  uncovered: { item: string; cost: Decimal }[];
}

const planOptions = (kind: PlanKind, options: PlanPriceOptions) =>
  options.catalog ? { plan: kind, catalog: options.catalog } : { plan: kind };

const label = (usage: Usage) =>
  usage.kind === 'video'
    ? `${usage.model} ${usage.mode} ${usage.resolution} ${usage.durationSeconds} s`
    : 'model' in usage
      ? `${usage.model}`
      : usage.kind;

/** Whether a plan of `kind` covers the work; `false` for work it refuses. */
function covers(usage: Usage, kind: PlanKind, options: PlanPriceOptions): boolean {
  if (usage.kind === 'text') {
    const rules: TokenPlanRules['text'] = (options.catalog?.tokenPlan ?? tokenPlan).text;
    const row = rules.find((r) => (r.models as readonly string[]).includes(usage.model));
    if (row?.highspeedPlanOnly && kind !== 'highspeed') return false;
  }
  try {
    tokenPlanRequestsExact(usage, planOptions(kind, options));
    return true;
  } catch (error) {
    if (error instanceof PlanWeightUnknownError) return true; // covered; it draws on a daily quota
    if (error instanceof PlanCoverageError || error instanceof UnsupportedCombinationError) return false;
    throw error;
  }
}

/**
 * Prices one day of work pay-as-you-go and sorts it into what a plan of `kind` covers (text
 * requests, daily-quota buckets) and what it does not.
 */
export function planDemand(
  work: DailyWork,
  kind: PlanKind,
  options: PlanPriceOptions,
  day: string,
): PlanDemand {
  const priceOptions = {
    region: options.region,
    at: day,
    ...(options.catalog ? { catalog: options.catalog } : {}),
  };
  const cost = (usage: Usage) => parseDecimal(estimateCost(usage, priceOptions).total);
  const demand: PlanDemand = {
    payAsYouGo: { units: 0n, scale: 0 },
    text: { requests: 0n, cost: { units: 0n, scale: 0 } },
    buckets: new Map(),
    uncovered: [],
  };
  const all: Decimal[] = [];
  for (const usage of [...work.text, ...work.media]) {
    const amount = cost(usage);
    all.push(amount);
    if (!covers(usage, kind, options)) {
      demand.uncovered.push({ item: label(usage), cost: amount });
    } else if (usage.kind === 'text') {
      const requests = tokenPlanRequestsExact(usage, planOptions(kind, options));
      demand.text = {
        requests: demand.text.requests + requests,
        cost: sumDecimals([demand.text.cost, amount]),
      };
    } else {
      const use = dailyQuotaUse(usage);
      if (!use) continue;
      const bucket = demand.buckets.get(use.bucket) ?? { units: 0, cost: { units: 0n, scale: 0 } };
      demand.buckets.set(use.bucket, {
        units: bucket.units + use.units,
        cost: sumDecimals([bucket.cost, amount]),
      });
    }
  }
  demand.payAsYouGo = sumDecimals(all);
  return demand;
}
