import type { RequestDescription } from '@minimax-kit/core';

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
}

/** The demand of a described MiniMax request (see `@minimax-kit/core`'s `describeRequest`). */
export function demandOf(description: RequestDescription, options: { plan?: boolean } = {}): Demand {
  const plan = options.plan ?? true;
  return {
    scope: description.scope,
    tokens: description.tokens,
    conn: description.holdsSlot,
    ...(plan ? { planRequests: description.planRequests, daily: description.daily } : {}),
  };
}
