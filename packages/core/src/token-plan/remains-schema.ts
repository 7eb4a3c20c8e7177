import type { infer as Infer } from 'zod/mini';
import { array, looseObject, number, optional, string, union } from 'zod/mini';

const count = number();
const maybe = optional(number());

/** One quota of `/v1/token_plan/remains` (`MiniMax-M*` text window, `speech-hd`, `image-01`, `video` …). */
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
  current_interval_status: maybe,
  /** 1 = active, 2 = exhausted, 3 = no weekly limit. */
  current_weekly_status: maybe,
  weekly_boost_permille: maybe,
});
export type ModelRemain = Infer<typeof modelRemainSchema>;

/** The body of `GET /v1/token_plan/remains`. Extra fields pass; missing ones the toolkit reads fail. */
export const tokenPlanRemainsSchema = looseObject({
  base_resp: looseObject({ status_code: union([number(), string()]), status_msg: optional(string()) }),
  model_remains: optional(array(modelRemainSchema)),
});
export type TokenPlanRemains = Infer<typeof tokenPlanRemainsSchema>;
