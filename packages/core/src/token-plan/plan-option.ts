import {
  type Decimal,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  shareOfDecimal,
  sumDecimals,
} from '../money/decimal.js';
import type { PlanDemand } from './plan-demand.js';
import type { PlanPrice } from './plan-price-schema.js';
import { weeklyCap } from './plan-rules.js';
import type { PlanTier } from './plan-tier-schema.js';

/** Days in the month `comparePlans` prices: a plan's month against 30 days of the workload. */
export const daysPerMonth = 30;

/** An amount a day and over a month of `daysPerMonth` days, as exact decimal strings. */
export interface PlanCost {
  perDay: string;
  perMonth: string;
}

/** A limit a workload passes on a plan, or work the plan does not cover. */
export type PlanMiss =
  /** Requests in the busiest 5-hour window against the window's quota. */
  | { limit: 'window'; needed: number; quota: number }
  /** Requests in a week of such days against the weekly cap (10 × the window). */
  | { limit: 'weekly'; needed: number; quota: number }
  /** Units a day of one daily-quota bucket (`speech-hd`, `image-01`, `video` …) against its quota. */
  | { limit: 'daily'; bucket: string; needed: number; quota: number }
  /** Work the plan does not cover (MiniMax-M3, highspeed on a standard plan, 1080P video …). */
  | { limit: 'coverage'; item: string };

/** One tier against a workload: whether it fits, why not, and what it costs with its overflow. */
export interface PlanOption {
  tier: PlanTier;
  kind: PlanPrice['kind'];
  plan: PlanPrice['plan'];
  /** The plan's price a month, exact. */
  price: string;
  source: PlanPrice['source'];
  note?: string;
  fits: boolean;
  misses: PlanMiss[];
  /**
   * What the plan leaves over: covered work past a quota goes to Credits (priced here at the
   * pay-as-you-go rate: MiniMax states Credits per dollar, not per request), uncovered work to
   * the pay-as-you-go key.
   */
  overflow: { credits: PlanCost; payAsYouGo: PlanCost };
  /** The price plus a month of overflow. */
  totalPerMonth: string;
}

/** What a tier's row and the workload's shape contribute besides the demand. */
export interface PlanLimits {
  windowRequests: number;
  windowHours: number;
  dailyQuotas: Readonly<Record<string, number>>;
  activeHours: number;
  day: string;
}

const zero: Decimal = { units: 0n, scale: 0 };
const month = BigInt(daysPerMonth);
const cost = (perDay: Decimal): PlanCost => ({
  perDay: formatDecimal(perDay),
  perMonth: formatDecimal(multiplyDecimals(perDay, { units: month, scale: 0 })),
});

/** The share of the day's covered text the plan cannot serve, and the limits it passes. */
function textOverflow(demand: PlanDemand, limits: PlanLimits, misses: PlanMiss[]): Decimal {
  const requests = demand.text.requests;
  if (requests === 0n) return zero;
  const { windowRequests: quota, windowHours, activeHours } = limits;
  const hours = BigInt(activeHours);
  const busiest = (requests * BigInt(Math.min(windowHours, activeHours)) + hours - 1n) / hours;
  if (busiest > BigInt(quota)) misses.push({ limit: 'window', needed: Number(busiest), quota });
  const week = weeklyCap(quota, `${limits.day}T00:00:00Z`);
  if (week !== undefined && requests * 7n > BigInt(week))
    misses.push({ limit: 'weekly', needed: Number(requests * 7n), quota: week });
  // What the plan serves a day, as a fraction: the rolling window over the active hours, and a
  // seventh of the weekly cap.
  const caps: [bigint, bigint][] = [
    [requests, 1n],
    [BigInt(quota) * BigInt(Math.max(windowHours, activeHours)), BigInt(windowHours)],
  ];
  if (week !== undefined) caps.push([BigInt(week), 7n]);
  const [served, per] = caps.reduce((a, b) => (a[0] * b[1] <= b[0] * a[1] ? a : b));
  return shareOfDecimal(demand.text.cost, requests * per - served, requests * per);
}

/** Prices one tier against a day's demand. */
export function planOption(row: PlanPrice, demand: PlanDemand, limits: PlanLimits): PlanOption {
  const misses: PlanMiss[] = [];
  const credits: Decimal[] = [textOverflow(demand, limits, misses)];
  for (const [bucket, { units, cost: amount }] of demand.buckets) {
    const quota = limits.dailyQuotas[bucket] ?? 0;
    if (units <= quota) continue;
    misses.push({ limit: 'daily', bucket, needed: units, quota });
    credits.push(shareOfDecimal(amount, BigInt(units - quota), BigInt(units)));
  }
  for (const { item } of demand.uncovered) misses.push({ limit: 'coverage', item });
  const creditsPerDay = sumDecimals(credits);
  const paygPerDay = sumDecimals(demand.uncovered.map((item) => item.cost));
  const overflowPerMonth = multiplyDecimals(sumDecimals([creditsPerDay, paygPerDay]), {
    units: month,
    scale: 0,
  });
  return {
    tier: row.tier,
    kind: row.kind,
    plan: row.plan,
    price: row.price,
    source: row.source,
    ...(row.note ? { note: row.note } : {}),
    fits: misses.length === 0,
    misses,
    overflow: { credits: cost(creditsPerDay), payAsYouGo: cost(paygPerDay) },
    totalPerMonth: formatDecimal(sumDecimals([parseDecimal(row.price), overflowPerMonth])),
  };
}

export { cost as planCost };
