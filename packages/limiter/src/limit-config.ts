import type { AccountTier, Limits, PlanTier, Region } from '@minimax-kit/core';
import type { ResolvedBudget } from './budgets/budget-options.js';

/** A Token Plan's quotas (read them from `/v1/token_plan/remains`, or `syncFromRemains`). */
export interface PlanLimits {
  /** Text requests per 5-hour window; no window limit when absent. */
  windowRequests?: number;
  /** Text requests per week (10 × the window for plans bought from 2026-03-23); no cap when absent. */
  weeklyRequests?: number;
  /** `rolling` (the FAQ; the default) or `anchored` at first use (the usage-rules page). */
  window?: 'rolling' | 'anchored';
  /** `rolling` 7 days (never over either way; the default) or `calendar` weeks from Monday 00:00 China time. */
  week?: 'rolling' | 'calendar';
  /** Daily quotas by bucket (`speech-hd` characters, `image-01` images, `video` clips …). */
  daily?: Record<string, number>;
  /**
   * Opt-in: keep to the peak-hour rule (weekdays 15:00–17:30 China time) by capping concurrent
   * text calls then — a plan tier reads the cap from core (Starter/Plus 1, Max 2, Ultra 4), a
   * number sets it. Text calls hold a `plan:peak` slot at all hours, so calls already running when
   * peak hours begin count against the cap.
   */
  peakHours?: PlanTier | number;
}

/** The limits a limiter keeps, with every default resolved. */
export interface LimitConfig {
  region: Region;
  tier: AccountTier;
  overrides: Record<string, Limits>;
  plan: PlanLimits | undefined;
  guardMs: number;
  leaseMs: number;
  /** Daily quotas reset at midnight at this offset from UTC, in minutes (China: +480). */
  dayOffsetMinutes: number;
  /** Multiplies every window and period; 1 in production, smaller to simulate hours in seconds. */
  timeScale: number;
  /** Budgets in money; none when empty. */
  budgets: readonly ResolvedBudget[];
}
