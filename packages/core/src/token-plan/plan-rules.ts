import { objectArgument, timeArgument } from '../errors/check-argument.js';
import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { count } from '../usage/count.js';
import { tokenPlan } from './token-plan.js';

/** What a key draws from: `token-plan` (`sk-cp-`: plan quota and Credits) or `pay-as-you-go` (`sk-api-`: balance). */
export type KeyType = 'token-plan' | 'pay-as-you-go' | 'unknown';

/** Tells a Token Plan key from a pay-as-you-go key by its prefix. The two are not interchangeable. */
export function keyType(apiKey: string): KeyType {
  // Named by its type only: a key is never quoted in an error.
  if (typeof apiKey !== 'string') {
    const got =
      apiKey == null ? String(apiKey) : typeof apiKey === 'object' ? 'an object' : `a ${typeof apiKey}`;
    throw new InvalidUsageError('apiKey', `is ${got}; pass the key, a string`);
  }
  if (apiKey.startsWith(tokenPlan.keyPrefixes.tokenPlan)) return 'token-plan';
  if (apiKey.startsWith(tokenPlan.keyPrefixes.payAsYouGo)) return 'pay-as-you-go';
  return 'unknown';
}

/**
 * The weekly request cap of a plan: 10 × its 5-hour quota for plans bought from 2026-03-23 (China
 * time), `undefined` (no weekly cap) for plans bought earlier.
 */
export function weeklyCap(windowRequests: number, purchasedAt: Date | string | number): number | undefined {
  const requests = count(windowRequests, 'windowRequests');
  const bought =
    purchasedAt instanceof Date || typeof purchasedAt === 'string' || typeof purchasedAt === 'number'
      ? new Date(purchasedAt).getTime()
      : Number.NaN;
  if (Number.isNaN(bought))
    throw new InvalidUsageError(
      'purchasedAt',
      `is ${describeValue(purchasedAt)}; use a Date, epoch milliseconds or an ISO date such as "2026-03-23T00:00:00+08:00"`,
    );
  return bought >= Date.parse(tokenPlan.weeklyCap.purchasedFrom)
    ? requests * tokenPlan.weeklyCap.multipleOfWindow
    : undefined;
}

/** Where the cost of a request goes. */
export type ChargeTarget = (typeof tokenPlan.overflow)[number];

/**
 * Follows the overflow order: plan quota first, then Credits (only for work the plan covers), then
 * the pay-as-you-go key for everything else.
 */
export function chargeTarget(state: {
  covered: boolean;
  requests: number;
  planRemaining: number;
  hasCredits: boolean;
}): ChargeTarget {
  objectArgument(state, 'state', 'pass { covered, requests, planRemaining, hasCredits }');
  if (!state.covered) return 'pay-as-you-go';
  if (state.planRemaining >= state.requests) return 'plan';
  return state.hasCredits ? 'credits' : 'pay-as-you-go';
}

const chinaOffsetMs = 8 * 3_600_000; // China Standard Time has no daylight saving.

/** The start of the Token Plan day (00:00 China time) that contains `at`, as epoch milliseconds. */
export function startOfPlanDay(at: Date | number): number {
  const t = timeArgument(at, 'at');
  return t - ((t + chinaOffsetMs) % 86_400_000);
}

/** The start of the Token Plan week (Monday 00:00 China time) that contains `at`, as epoch milliseconds. */
export function startOfPlanWeek(at: Date | number): number {
  const day = startOfPlanDay(at);
  const weekday = new Date(day + chinaOffsetMs).getUTCDay();
  return day - ((weekday + 6) % 7) * 86_400_000;
}
