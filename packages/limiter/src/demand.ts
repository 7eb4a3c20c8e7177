import type { Currency, Region, RequestDescription } from '@minimax-kit/core';
import { worstCaseCost } from './budgets/worst-case-cost.js';

/** What one request draws on. Build it by hand, or from a request with `demandOf(describeRequest(…))`. */
export interface Demand {
  /** The rate-limit scope (`text:MiniMax-M2`, `t2a`, `video`, `music` …). */
  scope?: string | undefined;
  /** RPM units; 1 when absent and a scope is given. */
  requests?: number;
  /** TPM units to reserve: input estimate + max output tokens (or characters, images). Settle to actual later. */
  tokens?: number;
  /** Holds a CONN slot until released (music and video jobs). */
  conn?: boolean;
  /** Token Plan requests against the 5-hour window and the weekly cap. */
  planRequests?: number;
  /** Units of a Token Plan daily quota. */
  daily?: { bucket: string; units: number } | undefined;
  /** The worst case this call can cost, as an exact decimal string: reserved against every budget, settled to the actual cost. */
  cost?: { amount: string; currency: Currency } | undefined;
  /** Whose budgets it draws on (a tenant, a user); `budgetKey` derives it when given, else `default`. */
  tenant?: string | undefined;
}

/** Options of `demandOf`. */
export interface DemandOfOptions {
  /** Whether it draws on a Token Plan (an `sk-cp-` key); true when absent. */
  plan?: boolean;
  /** Prices its worst case in this region's currency, for budgets; no `cost` when absent. */
  region?: Region;
  /** The request's `service_tier`: `priority` costs more where MiniMax offers it. */
  serviceTier?: 'standard' | 'priority';
}

/**
 * The demand of a described MiniMax request (see `@minimax-kit/core`'s `describeRequest`). With
 * `region`, it carries the request's worst-case cost, which budgets reserve.
 */
export function demandOf(description: RequestDescription, options: DemandOfOptions = {}): Demand {
  const plan = options.plan ?? true;
  const cost =
    options.region === undefined
      ? undefined
      : worstCaseCost(description, options.region, options.serviceTier);
  return {
    scope: description.scope,
    tokens: description.tokens,
    conn: description.holdsSlot,
    ...(plan ? { planRequests: description.planRequests, daily: description.daily } : {}),
    ...(cost ? { cost } : {}),
  };
}
