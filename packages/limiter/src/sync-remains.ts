import {
  type QuotaWindow,
  summarizeRemains,
  type TokenPlanRemains,
  tokenPlanRemainsSchema,
} from '@minimax-kit/core';
import type { Limiter } from './create-limiter.js';
import { InvalidRemainsError } from './errors/invalid-remains-error.js';
import { dimensionsOf } from './limits.js';

/**
 * What a window has used, in requests: the counts when the answer has them, otherwise its
 * percentage of the size the limiter knows (rounded up, so a percentage never admits more).
 */
function usedOf(window: QuotaWindow, size: number | undefined): number | undefined {
  if (window.used !== undefined) return window.used;
  if (size === undefined) return undefined;
  if (window.status === 'exhausted') return size;
  if (window.remainingPercent === undefined) return undefined;
  return Math.min(size, Math.max(0, Math.ceil(size * (1 - window.remainingPercent / 100))));
}

/** The `/remains` body, given as it is or inside the client's `quota.retrieve()` result. */
function remainsOf(body: unknown): TokenPlanRemains {
  const wrapped = typeof body === 'object' && body !== null && 'remains' in body && 'quotas' in body;
  const parsed = tokenPlanRemainsSchema.safeParse(wrapped ? body.remains : body);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new InvalidRemainsError(issue?.path.join('.') ?? '', issue?.message ?? 'unreadable');
}

/**
 * Takes the server's word for the Token Plan: the window, weekly cap and daily quota sizes it
 * reports become the limits, and what it says is used replaces the local count. An answer in
 * percentages (as `/remains` answers today) is read against the sizes the limiter already has.
 */
export async function syncRemains(limiter: Limiter, body: unknown): Promise<void> {
  const remains = remainsOf(body);
  const now = limiter.store.now();
  const config = limiter.config;
  for (const quota of summarizeRemains(remains, now)) {
    if (!quota.available || quota.window.status === 'unlimited') continue;
    if (quota.pool === 'text') {
      const weekly = quota.weekly === 'unlimited' ? undefined : quota.weekly;
      const windowRequests = quota.window.total ?? config.plan?.windowRequests;
      if (windowRequests === undefined) continue;
      const weeklyRequests = weekly ? (weekly.total ?? config.plan?.weeklyRequests) : undefined;
      const { weeklyRequests: _dropped, ...plan } = config.plan ?? {};
      config.plan = { ...plan, windowRequests, ...(weeklyRequests === undefined ? {} : { weeklyRequests }) };
      for (const d of dimensionsOf(config, { planRequests: 1 })) {
        const window = d.id === 'plan:week' ? weekly : quota.window;
        const used = window && usedOf(window, d.limit);
        if (window && used !== undefined) await limiter.align(d, used, Math.max(0, window.resetsAt - now));
      }
    } else {
      const total = quota.window.total ?? config.plan?.daily?.[quota.bucket];
      if (total === undefined) continue;
      config.plan = { ...config.plan, daily: { ...config.plan?.daily, [quota.bucket]: total } };
      const [d] = dimensionsOf(config, { daily: { bucket: quota.bucket, units: 1 } });
      const used = d && usedOf(quota.window, total);
      if (d && used !== undefined) await limiter.align(d, used, Math.max(0, quota.window.resetsAt - now));
    }
  }
}
