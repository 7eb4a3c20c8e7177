import type { ModelRemain, TokenPlanRemains } from './remains-schema.js';

/** One quota window, in numbers a person or a limiter can act on. */
export interface QuotaWindow {
  total: number;
  remaining: number;
  used: number;
  /** 0–100 (more when a weekly boost applies). */
  remainingPercent: number;
  startsAt: number;
  resetsAt: number;
}

/** One quota of a Token Plan: the 5-hour text window or a daily model quota, and the weekly cap. */
export interface QuotaSummary {
  /** `MiniMax-M*` for the shared text window; the model or family otherwise. */
  bucket: string;
  /** False when the plan does not include this model (all totals 0, no limits). */
  available: boolean;
  window: QuotaWindow;
  /** The weekly cap; `'unlimited'` for plans without one, `undefined` when not reported. */
  weekly?: QuotaWindow | 'unlimited';
}

function quotaWindow(
  total: number,
  remaining: number,
  percent: number | undefined,
  start: number,
  end: number,
) {
  const left = Math.max(0, Math.min(remaining, total || remaining));
  return {
    total,
    remaining: left,
    used: Math.max(0, total - left),
    remainingPercent: percent ?? (total > 0 ? (left / total) * 100 : 0),
    startsAt: start,
    resetsAt: end,
  };
}

function summarize(entry: ModelRemain, now: number): QuotaSummary {
  const available = !(
    entry.current_interval_total_count === 0 &&
    (entry.current_weekly_total_count ?? 0) === 0 &&
    entry.current_interval_status === 3 &&
    entry.current_weekly_status === 3
  );
  const summary: QuotaSummary = {
    bucket: entry.model_name,
    available,
    window: quotaWindow(
      entry.current_interval_total_count,
      entry.current_interval_usage_count,
      entry.current_interval_remaining_percent,
      entry.start_time,
      now + entry.remains_time,
    ),
  };
  if (entry.current_weekly_status === 3) summary.weekly = 'unlimited';
  else if (entry.current_weekly_total_count !== undefined && entry.current_weekly_total_count > 0) {
    summary.weekly = quotaWindow(
      entry.current_weekly_total_count,
      entry.current_weekly_usage_count ?? 0,
      entry.current_weekly_remaining_percent,
      entry.weekly_start_time ?? now,
      now + (entry.weekly_remains_time ?? 0),
    );
  }
  return summary;
}

/**
 * Turns a `/v1/token_plan/remains` body into remaining counts and reset times (epoch ms, measured
 * from `now`, the moment the response arrived). `current_*_usage_count` is read as what is left.
 */
export function summarizeRemains(remains: TokenPlanRemains, now: number = Date.now()): QuotaSummary[] {
  return (remains.model_remains ?? []).map((entry) => summarize(entry, now));
}
