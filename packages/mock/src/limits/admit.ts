import {
  type DailyQuotaUse,
  estimateCost,
  MiniMaxKitError,
  parseDecimal,
  type Region,
  type RequestDescription,
  scopeLimits,
  startOfPlanDay,
  startOfPlanWeek,
  sumDecimals,
  tokenPlan,
  type Usage,
} from '@minimax-kit/core';
import { MockApiError } from '../http/mock-api-error.js';
import { type KeyState, type MockState, type PlanUse, scopeUse } from '../state.js';

/** What an admitted request uses, known once the mock has computed its answer. */
export interface Consumption {
  description: RequestDescription;
  /** Actual TPM units: input + output tokens, billing characters or images. */
  tokens: number;
  /** Actual billable work, for pay-as-you-go balances. */
  usage: Usage[];
  planRequests: number;
  daily: DailyQuotaUse | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const title = (plan: PlanUse) => `Token Plan ${plan.tier[0]?.toUpperCase()}${plan.tier.slice(1)}`;

function checkPlan(plan: PlanUse, use: Consumption, now: number): () => void {
  const { description } = use;
  const highspeedOnly = tokenPlan.text.find((row) =>
    (row.models as readonly string[]).includes(description.model ?? ''),
  );
  if (
    !description.covered ||
    (highspeedOnly && 'highspeedPlanOnly' in highspeedOnly && plan.kind !== 'highspeed')
  ) {
    throw new MockApiError(2061, `model not available on your current ${title(plan)}`);
  }
  const commits: (() => void)[] = [];
  if (use.planRequests > 0) {
    const used = plan.window.sum(now);
    if (used + use.planRequests > plan.windowRequests && !plan.credits) {
      throw new MockApiError(
        2056,
        `usage limit exceeded, 5-hour usage limit reached for ${title(plan)} (${used}/${plan.windowRequests} used), resets at ${iso(plan.window.nextRelease(now))}`,
      );
    }
    const start = startOfPlanWeek(now);
    if (plan.week.start !== start) plan.week = { start, used: 0 };
    if (
      plan.weeklyRequests !== undefined &&
      plan.week.used + use.planRequests > plan.weeklyRequests &&
      !plan.credits
    ) {
      throw new MockApiError(
        2056,
        `usage limit exceeded, weekly usage limit reached for ${title(plan)} (${plan.week.used}/${plan.weeklyRequests} used), resets at ${iso(start + 7 * 86_400_000)}`,
      );
    }
    commits.push(() => {
      plan.window.add(now, use.planRequests);
      plan.week.used += use.planRequests;
    });
  }
  if (use.daily) {
    const { bucket, units } = use.daily;
    const start = startOfPlanDay(now);
    const day = plan.days.get(bucket);
    const used = day?.start === start ? day.used : 0;
    const quota = plan.daily[bucket] ?? 0;
    if (used + units > quota && !plan.credits) {
      throw new MockApiError(
        2056,
        `usage limit exceeded, daily usage limit reached for ${bucket} (${used}/${quota} used), resets at ${iso(start + 86_400_000)}`,
      );
    }
    commits.push(() => plan.days.set(bucket, { start, used: used + units }));
  }
  return () => {
    for (const commit of commits) commit();
  };
}

// Work MiniMax publishes no price for in a region is not charged; remember which, so the
// refusal is computed once rather than thrown on every request.
const unpriced = new Set<string>();

// Priced as of the mock's clock: a dated price (a launch promotion, an older fee) applies on its days.
function cost(usage: Usage[], region: Region, at: number) {
  return sumDecimals(
    usage.map((item) => {
      const kind = `${region} ${new Date(at).toISOString().slice(0, 10)} ${JSON.stringify(item, (key, value) => (typeof value === 'number' && key !== 'durationSeconds' ? 0 : value))}`;
      if (unpriced.has(kind)) return zero;
      try {
        return parseDecimal(estimateCost(item, { region, at }).total);
      } catch (error) {
        if (!(error instanceof MiniMaxKitError)) throw error;
        unpriced.add(kind);
        return zero;
      }
    }),
  );
}

const zero = parseDecimal('0');

/**
 * Admits a request or throws the error MiniMax would answer: 1008 (no balance), 2061 (outside the
 * plan), 1002 / 1039 / 1041 (RPM, TPM, CONN over the scope's limits), 2056 (plan window, weekly
 * cap or daily quota used up). On admission it books everything and returns the slot's release.
 */
export function admit(state: MockState, key: KeyState, use: Consumption, now: number): () => void {
  const { description } = use;
  const billable = use.usage.length > 0 || use.planRequests > 0;
  let commitPlan = () => {};
  if (billable && key.type === 'pay-as-you-go' && key.balance.units <= 0n) {
    throw new MockApiError(1008, 'insufficient balance');
  }
  if (billable && key.plan) commitPlan = checkPlan(key.plan, use, now);

  const scope = description.scope;
  // The key's region is the request's (authentication refuses a key of the other region).
  const limits = scope ? (state.limits[scope] ?? scopeLimits(key.region, state.tier, scope)) : undefined;
  const slots = scope ? scopeUse(state, key.account, scope) : undefined;
  if (limits && slots) {
    if (limits.rpm !== undefined && slots.requests.sum(now) + 1 > limits.rpm) {
      throw new MockApiError(1002, 'rate limit exceeded(RPM)');
    }
    if (limits.tpm !== undefined && slots.tokens.sum(now) + use.tokens > limits.tpm) {
      throw new MockApiError(1039, 'rate limit exceeded(TPM)');
    }
    if (limits.conn !== undefined && slots.running + 1 > limits.conn) {
      throw new MockApiError(1041, 'conn limit');
    }
  }
  commitPlan();
  if (key.type === 'pay-as-you-go' && use.usage.length > 0) {
    const charge = cost(use.usage, key.region, now);
    key.balance = sumDecimals([key.balance, { units: -charge.units, scale: charge.scale }]);
  }
  if (!slots) return () => {};
  slots.requests.add(now, 1);
  slots.tokens.add(now, use.tokens);
  slots.running += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    slots.running -= 1;
  };
}
