import {
  startOfPlanDay,
  startOfPlanWeek,
  textQuotaBucket,
  textQuotaBuckets,
  tokenPlan,
} from '@minimax-kit/core';
import type { Ctx, Handler } from '../context.js';
import { MockApiError } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';
import type { PlanUse } from '../state.js';

const ok = { status_code: 0, status_msg: 'success' };
const hours5 = tokenPlan.textWindowHours * 3_600_000;
// The name today's answers give the shared text pool (`general`).
const todaysTextBucket = textQuotaBuckets[0];
const day = 86_400_000;

function remains(plan: PlanUse, now: number) {
  const used = plan.window.sum(now);
  const start = plan.window.oldest(now) ?? now;
  const week = startOfPlanWeek(now);
  const weekUsed = plan.week.start === week ? plan.week.used : 0;
  const weekly =
    plan.weeklyRequests === undefined
      ? { current_weekly_total_count: 0, current_weekly_usage_count: 0, current_weekly_status: 3 }
      : {
          current_weekly_total_count: plan.weeklyRequests,
          current_weekly_usage_count: Math.max(0, plan.weeklyRequests - weekUsed),
          current_weekly_status: weekUsed >= plan.weeklyRequests ? 2 : 1,
        };
  const text = {
    model_name: textQuotaBucket,
    start_time: start,
    end_time: start + hours5,
    remains_time: start + hours5 - now,
    current_interval_total_count: plan.windowRequests,
    // As MiniMax does: the "usage" count is what is left.
    current_interval_usage_count: Math.max(0, plan.windowRequests - used),
    current_interval_status: used >= plan.windowRequests ? 2 : 1,
    ...weekly,
    weekly_start_time: week,
    weekly_end_time: week + 7 * day,
    weekly_remains_time: week + 7 * day - now,
  };
  const today = startOfPlanDay(now);
  const daily = Object.entries(plan.daily).map(([bucket, total]) => {
    const entry = plan.days.get(bucket);
    const spent = entry?.start === today ? entry.used : 0;
    return {
      model_name: bucket,
      start_time: today,
      end_time: today + day,
      remains_time: today + day - now,
      current_interval_total_count: total,
      current_interval_usage_count: Math.max(0, total - spent),
      current_interval_status: spent >= total ? 2 : 1,
      current_weekly_total_count: 0,
      current_weekly_usage_count: 0,
      current_weekly_status: 3,
    };
  });
  return [text, ...daily];
}

type Entry = ReturnType<typeof remains>[number] & Record<string, unknown>;

const percentOf = (left: number, total: number) => (total > 0 ? Math.floor((left / total) * 100) : 100);

/** Today's answer: the text pool is `general`, counts are 0, percentages and boosts carry the truth. */
function withPercentages(entry: Entry): Record<string, unknown> {
  const weeklyTotal = entry.current_weekly_total_count;
  return {
    ...entry,
    model_name: entry.model_name === textQuotaBucket ? todaysTextBucket : entry.model_name,
    current_interval_total_count: 0,
    current_interval_usage_count: 0,
    current_interval_remaining_percent: percentOf(
      entry.current_interval_usage_count,
      entry.current_interval_total_count,
    ),
    current_weekly_total_count: 0,
    current_weekly_usage_count: 0,
    ...(entry.current_weekly_status === 3
      ? {}
      : { current_weekly_remaining_percent: percentOf(entry.current_weekly_usage_count, weeklyTotal) }),
    interval_boost_permille: 1000,
    weekly_boost_permille: 1000,
  };
}

/**
 * `GET /v1/token_plan/remains`: what is left of a Token Plan key's windows, in the shape
 * `options.remainsShape` asks for; empty for other keys.
 */
export const tokenPlanRemains: Handler = (ctx) => ({
  respond(release) {
    release();
    const plan = ctx.key.plan;
    const entries: Entry[] = plan ? remains(plan, ctx.runtime.now()) : [];
    const model_remains =
      ctx.runtime.options.remainsShape === 'percentages' ? entries.map(withPercentages) : entries;
    return jsonResponse({ model_remains, base_resp: ok }, ctx.traceId);
  },
});

function planOnly(ctx: Ctx) {
  if (!ctx.key.plan) throw new MockApiError(2061, 'this endpoint is only available with a Token Plan key');
}

/** `POST /v1/coding_plan/vlm`: describes an image, for Token Plan keys (3 requests each). */
export const describeImage: Handler = (ctx) => {
  planOnly(ctx);
  if (typeof ctx.body.prompt !== 'string') throw new MockApiError(2013, 'invalid params, prompt is required');
  if (ctx.body.image_url === undefined && ctx.body.file_id === undefined)
    throw new MockApiError(2013, 'invalid params, image_url or file_id is required');
  return {
    respond(release) {
      release();
      return jsonResponse(
        { content: 'A soft gradient with a single bright square near the centre.', base_resp: ok },
        ctx.traceId,
      );
    },
  };
};

/** `POST /v1/coding_plan/search`: web search results, for Token Plan keys. */
export const search: Handler = (ctx) => {
  planOnly(ctx);
  if (typeof ctx.body.q !== 'string' || ctx.body.q === '')
    throw new MockApiError(2013, 'invalid params, q is required');
  const q = ctx.body.q;
  return {
    respond(release) {
      release();
      const organic = [1, 2, 3].map((n) => ({
        title: `${q} — result ${n}`,
        link: `https://example.com/${encodeURIComponent(q)}/${n}`,
        snippet: `A mock search result about ${q}.`,
        date: new Date(ctx.runtime.now()).toISOString().slice(0, 10),
      }));
      return jsonResponse({ organic, base_resp: ok }, ctx.traceId);
    },
  };
};
