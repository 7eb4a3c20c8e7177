import { summarizeRemains, textQuotaBucket, tokenPlanRemainsSchema } from '@minimax-kit/core';
import type { Limiter } from './create-limiter.js';
import { dimensionsOf } from './limits.js';

/**
 * Takes the server's word for the Token Plan: the window, weekly cap and daily quota sizes it
 * reports become the limits, and what it says is used replaces the local count.
 */
export async function syncRemains(limiter: Limiter, body: unknown): Promise<void> {
  const remains = tokenPlanRemainsSchema.parse(body);
  const now = limiter.store.now();
  const config = limiter.config;
  for (const quota of summarizeRemains(remains, now)) {
    if (!quota.available) continue;
    if (quota.bucket === textQuotaBucket || quota.bucket === 'general') {
      const weekly = quota.weekly === 'unlimited' ? undefined : quota.weekly;
      config.plan = {
        ...config.plan,
        windowRequests: quota.window.total,
        ...(weekly ? { weeklyRequests: weekly.total } : {}),
      };
      if (!weekly) delete config.plan.weeklyRequests;
      for (const d of dimensionsOf(config, { planRequests: 1 })) {
        const window = d.id === 'plan:week' ? weekly : quota.window;
        if (window) await limiter.align(d, window.used, Math.max(0, window.resetsAt - now));
      }
    } else {
      config.plan = { ...config.plan, daily: { ...config.plan?.daily, [quota.bucket]: quota.window.total } };
      const [d] = dimensionsOf(config, { daily: { bucket: quota.bucket, units: 1 } });
      if (d) await limiter.align(d, quota.window.used, Math.max(0, quota.window.resetsAt - now));
    }
  }
}
