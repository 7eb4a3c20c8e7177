import { objectArgument } from '../errors/check-argument.js';
import { type DailyQuotaUse, dailyQuotaUse } from '../token-plan/daily-quota.js';
import { tokenPlan } from '../token-plan/token-plan.js';
import { type PlanKind, planKindOf, tokenPlanRequests } from '../token-plan/token-plan-requests.js';
import type { Usage } from '../usage/usage.js';
import { type RequestOrder, requestOrder } from './request-order.js';

/** What the limiter (and anyone else) needs to know about one MiniMax HTTP request before it is sent. */
export interface RequestDescription extends RequestOrder {
  /** Token Plan requests against the 5-hour window and weekly cap (text, vlm, search); 0 for others. */
  planRequests: number;
  /** The Token Plan daily quota non-text work draws on. */
  daily?: DailyQuotaUse;
  /** Whether a Token Plan covers this request. */
  covered: boolean;
}

/** Options of `describeRequest`. */
export interface DescribeRequestOptions {
  /** The Token Plan kind, for highspeed weights; `standard` when absent. */
  plan?: PlanKind;
}

function planUse(usage: Usage, plan: PlanKind): { covered: boolean; requests: number } {
  try {
    return { covered: true, requests: tokenPlanRequests(usage, { plan }) };
  } catch {
    const model = 'model' in usage ? usage.model : undefined;
    return {
      covered: (tokenPlan.coveredWithoutWeight as readonly string[]).includes(model ?? ''),
      requests: 0,
    };
  }
}

/**
 * Describes a MiniMax HTTP request — which API, model and rate-limit scope, how many tokens to
 * reserve, what it uses of a Token Plan, whether it starts a billable job or holds a CONN slot —
 * from its method, URL (any host or proxy prefix) and body (JSON text or object).
 */
export function describeRequest(
  method: string,
  url: string | URL,
  body?: unknown,
  options: DescribeRequestOptions = {},
): RequestDescription {
  objectArgument(options, 'options', 'pass { plan? } or leave it out');
  const plan = planKindOf(options.plan);
  const order = requestOrder(method, url, body);
  const description: RequestDescription = Object.assign(order, { planRequests: 0, covered: true });
  // One plan request per search (assumed; MiniMax states no weight).
  if (order.api === 'search' && order.operation === 'create') description.planRequests = 1;
  if (!order.usage) return description;
  const { covered, requests } = planUse(order.usage, plan);
  const daily = covered ? dailyQuotaUse(order.usage) : undefined;
  return Object.assign(description, { covered, ...(daily ? { daily } : { planRequests: requests }) });
}
