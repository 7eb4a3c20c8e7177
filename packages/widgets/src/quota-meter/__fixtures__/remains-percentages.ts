import type { TokenPlanRemains } from '@minimax-kit/core';

/**
 * `/v1/token_plan/remains` as the real API answers it today: counts 0, the truth in the
 * percentages, statuses and boosts, and the shared text pool named `general`.
 */
export const remainsPercentages = {
  model_remains: [
    {
      model_name: 'general',
      start_time: 1780347600000,
      end_time: 1780365600000,
      remains_time: 3213960,
      current_interval_total_count: 0,
      current_interval_usage_count: 0,
      current_interval_status: 1,
      current_interval_remaining_percent: 89,
      weekly_start_time: 1780243200000,
      weekly_end_time: 1780848000000,
      weekly_remains_time: 485613960,
      current_weekly_total_count: 0,
      current_weekly_usage_count: 0,
      current_weekly_status: 1,
      current_weekly_remaining_percent: 91,
      interval_boost_permille: 2000,
      weekly_boost_permille: 3000,
    },
    {
      model_name: 'image-01',
      start_time: 1780272000000,
      end_time: 1780358400000,
      remains_time: 0,
      current_interval_total_count: 0,
      current_interval_usage_count: 0,
      current_interval_status: 2,
    },
  ],
  base_resp: { status_code: 0, status_msg: 'success' },
} as unknown as TokenPlanRemains;
