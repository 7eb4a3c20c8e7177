import type { infer as Infer } from 'zod/mini';
import { array, looseObject, number, optional, string, union } from 'zod/mini';

const count = number();
const maybe = optional(number());

/**
 * One quota of `/v1/token_plan/remains`: the shared text pool (`general` today, `MiniMax-M*`
 * before) or a daily model quota (`speech-hd`, `image-01`, `video` …). Since 2026 the counts are
 * often 0 while the percentages carry the truth.
 */
export const modelRemainSchema = looseObject({
  model_name: string(),
  /** Window start and end, epoch milliseconds. */
  start_time: count,
  end_time: count,
  /** Milliseconds until the window resets. */
  remains_time: count,
  current_interval_total_count: count,
  /** What is LEFT in the window, despite the name (MiniMax's own CLI shows it as "Left"). */
  current_interval_usage_count: count,
  current_weekly_total_count: maybe,
  current_weekly_usage_count: maybe,
  weekly_start_time: maybe,
  weekly_end_time: maybe,
  weekly_remains_time: maybe,
  current_interval_remaining_percent: maybe,
  current_weekly_remaining_percent: maybe,
  /** 1 = limited, 2 = exhausted, 3 = unlimited. */
  current_interval_status: maybe,
  /** 1 = limited, 2 = exhausted, 3 = unlimited (plans bought before 2026-03-23 have no weekly cap). */
  current_weekly_status: maybe,
  /** The displayed quota is base × boost / 1000 (1500 ⇒ up to 150 %). */
  interval_boost_permille: maybe,
  weekly_boost_permille: maybe,
});
export type ModelRemain = Infer<typeof modelRemainSchema>;

/** The body of `GET /v1/token_plan/remains`. Extra fields pass; missing ones the toolkit reads fail. */
export const tokenPlanRemainsSchema = looseObject({
  base_resp: looseObject({ status_code: union([number(), string()]), status_msg: optional(string()) }),
  model_remains: optional(array(modelRemainSchema)),
});
export type TokenPlanRemains = Infer<typeof tokenPlanRemainsSchema>;
