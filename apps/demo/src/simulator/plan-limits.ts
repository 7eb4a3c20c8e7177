import {
  type AccountTier,
  LimitNotFoundError,
  type Region,
  rateLimits,
  summarizeRemains,
  type TokenPlanRemains,
  tokenPlan,
} from '@minimax-kit/core';
import type { PlanLimits } from '@minimax-kit/limiter';

/** Requests per minute a model may make: its documented RPM, else its share of the plan's 5-hour window. */
export function bindingPerMinute(
  region: Region,
  tier: AccountTier,
  model: string,
  plan: PlanLimits | undefined,
): number {
  try {
    const { rpm } = rateLimits({ region, tier, model });
    if (rpm !== undefined) return rpm;
  } catch (error) {
    if (!(error instanceof LimitNotFoundError)) throw error;
  }
  return plan?.windowRequests ? plan.windowRequests / (tokenPlan.textWindowHours * 60) : 60;
}

/** The plan quotas a limiter keeps, from what `/v1/token_plan/remains` reports. */
export function planLimits(remains: TokenPlanRemains): PlanLimits {
  const limits: PlanLimits = { daily: {} };
  for (const quota of summarizeRemains(remains)) {
    if (!quota.available) continue;
    const { total } = quota.window;
    if (quota.pool === 'text') {
      if (total !== undefined) limits.windowRequests = total;
      const weekly = quota.weekly === 'unlimited' ? undefined : quota.weekly?.total;
      if (weekly !== undefined) limits.weeklyRequests = weekly;
    } else if (limits.daily && total !== undefined) limits.daily[quota.bucket] = total;
  }
  return limits;
}

/** Remains with their countdowns on the demo's clock rather than the mock's faster one. */
export function onDemoClock(remains: TokenPlanRemains, speed: number): TokenPlanRemains {
  return {
    ...remains,
    model_remains: remains.model_remains?.map((entry) => ({
      ...entry,
      remains_time: entry.remains_time / speed,
      ...(entry.weekly_remains_time === undefined
        ? {}
        : { weekly_remains_time: entry.weekly_remains_time / speed }),
    })),
  };
}

/** A wait of the mock's (a song being made), shortened by the clock's speed; one per request, so its listener goes with the request. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(resolve, ms); // resolving after an abort's rejection changes nothing
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
