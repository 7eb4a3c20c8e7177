import { objectArgument, timeArgument, wrongArgument } from '../errors/check-argument.js';
import type { ModelRemain, TokenPlanRemains } from './remains-schema.js';
import { isTextQuotaBucket } from './text-quota-bucket.js';

/** What `*_status` says of a window: 1 limited, 2 exhausted, 3 unlimited. */
export type QuotaStatus = 'limited' | 'exhausted' | 'unlimited';

/** One quota window, in numbers a person or a limiter can act on. */
export interface QuotaWindow {
  status: QuotaStatus;
  /** Counts, only when the answer carries them (a total above 0); never `0 of 0`. */
  total?: number;
  remaining?: number;
  used?: number;
  /** 0–100 (more when a boost applies): as reported, else from the counts; absent when neither says. */
  remainingPercent?: number;
  /** The displayed quota is base × boost / 1000, when MiniMax reports a boost. */
  boostPermille?: number;
  startsAt: number;
  resetsAt: number;
}

/** One quota of a Token Plan: the shared text pool or a daily model quota, and the weekly cap. */
export interface QuotaSummary {
  /** The name MiniMax gives it: `general` or `MiniMax-M*` for the text pool, the model or family otherwise. */
  bucket: string;
  /** `text` for the shared 5-hour text pool, `daily` for a model's daily quota. */
  pool: 'text' | 'daily';
  /** False when the plan does not include this model (no counts, no percentages, no limit). */
  available: boolean;
  window: QuotaWindow;
  /** The weekly cap; `'unlimited'` for plans without one, `undefined` when not reported. */
  weekly?: QuotaWindow | 'unlimited';
}

const statuses: Record<number, QuotaStatus> = { 1: 'limited', 2: 'exhausted', 3: 'unlimited' };

interface Reading {
  total: number | undefined;
  left: number | undefined;
  percent: number | undefined;
  status: number | undefined;
  boost: number | undefined;
  start: number;
  end: number;
}

function quotaWindow(r: Reading): QuotaWindow {
  const counted = r.total !== undefined && r.total > 0;
  const window: QuotaWindow = { status: 'limited', startsAt: r.start, resetsAt: r.end };
  if (counted) {
    const total = r.total as number;
    const remaining = Math.max(0, Math.min(r.left ?? 0, total));
    Object.assign(window, { total, remaining, used: total - remaining });
  }
  const percent =
    r.percent ?? (counted ? ((window.remaining as number) / (r.total as number)) * 100 : undefined);
  if (percent !== undefined) window.remainingPercent = percent;
  if (r.boost !== undefined) window.boostPermille = r.boost;
  window.status =
    (r.status !== undefined && statuses[r.status]) ||
    (window.remaining === 0 || percent === 0 ? 'exhausted' : 'limited');
  return window;
}

function summarize(entry: ModelRemain, now: number): QuotaSummary {
  const available = !(
    entry.current_interval_total_count === 0 &&
    entry.current_interval_remaining_percent === undefined &&
    (entry.current_weekly_total_count ?? 0) === 0 &&
    (entry.current_interval_status ?? 3) === 3
  );
  const summary: QuotaSummary = {
    bucket: entry.model_name,
    pool: isTextQuotaBucket(entry.model_name) ? 'text' : 'daily',
    available,
    window: quotaWindow({
      total: entry.current_interval_total_count,
      left: entry.current_interval_usage_count,
      percent: entry.current_interval_remaining_percent,
      status: entry.current_interval_status,
      boost: entry.interval_boost_permille,
      start: entry.start_time,
      end: now + entry.remains_time,
    }),
  };
  const weeklyStatus = entry.current_weekly_status;
  if (weeklyStatus === 3) summary.weekly = 'unlimited';
  else if (
    (entry.current_weekly_total_count ?? 0) > 0 ||
    entry.current_weekly_remaining_percent !== undefined ||
    weeklyStatus === 1 ||
    weeklyStatus === 2
  ) {
    summary.weekly = quotaWindow({
      total: entry.current_weekly_total_count,
      left: entry.current_weekly_usage_count,
      percent: entry.current_weekly_remaining_percent,
      status: weeklyStatus,
      boost: entry.weekly_boost_permille,
      start: entry.weekly_start_time ?? now,
      end: now + (entry.weekly_remains_time ?? 0),
    });
  }
  return summary;
}

/**
 * Turns a `/v1/token_plan/remains` body, in today's shape (counts 0, percentages, statuses, boosts,
 * a pool named `general`) or the earlier one (counts), into what is left and when it resets (epoch
 * ms, measured from `now`, the moment the response arrived). `current_*_usage_count` is read as what
 * is left; counts of 0 mean "not reported", never `0 of 0`.
 */
export function summarizeRemains(remains: TokenPlanRemains, now: number = Date.now()): QuotaSummary[] {
  const use = 'pass the parsed JSON body of GET /v1/token_plan/remains';
  objectArgument(remains, 'remains', use);
  const at = timeArgument(now, 'now');
  const entries = remains.model_remains ?? [];
  if (!Array.isArray(entries)) wrongArgument('remains.model_remains', entries, `use an array; ${use}`);
  return entries.map((entry, i) => summarize(objectArgument(entry, `remains.model_remains[${i}]`, use), at));
}
