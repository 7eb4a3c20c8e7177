import { describe, expect, it } from 'vitest';
import counts from './__fixtures__/remains-counts.json' with { type: 'json' };
import percentages from './__fixtures__/remains-percent.json' with { type: 'json' };
import { tokenPlanRemainsSchema } from './remains-schema.js';
import { summarizeRemains } from './summarize-remains.js';
import { isTextQuotaBucket } from './text-quota-bucket.js';

describe('summarizeRemains, as /remains answers today (percentages, statuses, boosts, `general`)', () => {
  const body = tokenPlanRemainsSchema.parse(percentages);
  const now = 1780362386040; // end_time − remains_time, and weekly_end_time − weekly_remains_time
  const [general] = summarizeRemains(body, now);

  it('reads the shared text pool from percentages and never reports 0 of 0', () => {
    expect(general).toEqual({
      bucket: 'general',
      pool: 'text',
      available: true,
      window: {
        status: 'limited',
        remainingPercent: 89,
        boostPermille: 2000,
        startsAt: 1780347600000,
        resetsAt: 1780365600000,
      },
      weekly: {
        status: 'limited',
        remainingPercent: 91,
        boostPermille: 3000,
        startsAt: 1780243200000,
        resetsAt: 1780848000000,
      },
    });
  });

  it('reads statuses: 2 exhausted, 3 unlimited', () => {
    const entry = percentages.model_remains[0] as (typeof percentages.model_remains)[number];
    const exhausted = { ...entry, current_interval_status: 2, current_interval_remaining_percent: 0 };
    const older = { ...entry, current_weekly_status: 3, current_weekly_remaining_percent: 100 };
    const [a, b] = summarizeRemains(
      tokenPlanRemainsSchema.parse({ ...percentages, model_remains: [exhausted, older] }),
      now,
    );
    expect(a?.window.status).toBe('exhausted');
    expect(a?.window.remainingPercent).toBe(0);
    expect(b?.weekly).toBe('unlimited');
  });

  it('knows both names of the text pool', () => {
    expect(isTextQuotaBucket('general')).toBe(true);
    expect(isTextQuotaBucket('MiniMax-M*')).toBe(true);
    expect(isTextQuotaBucket('image-01')).toBe(false);
  });
});

describe('summarizeRemains, as /remains answered before (counts)', () => {
  const body = tokenPlanRemainsSchema.parse(counts);
  const now = 1776366048046; // end_time − remains_time of the text window
  const [text, image, video] = summarizeRemains(body, now);

  it('reads usage_count as what is left and times relative to arrival', () => {
    expect(text).toMatchObject({
      bucket: 'MiniMax-M*',
      pool: 'text',
      available: true,
      window: {
        status: 'limited',
        total: 1500,
        remaining: 228,
        used: 1272,
        startsAt: 1776355200000,
        resetsAt: 1776373200000,
      },
    });
    expect(text?.window.remainingPercent).toBeCloseTo(15.2);
    expect(text?.weekly).toMatchObject({
      status: 'limited',
      total: 15000,
      remaining: 12000,
      used: 3000,
      resetsAt: now + 248351954,
    });
  });

  it('prefers the reported percent and marks plans without a weekly cap', () => {
    expect(image).toMatchObject({ pool: 'daily' });
    expect(image?.window).toMatchObject({ total: 50, remaining: 50, used: 0, remainingPercent: 100 });
    expect(image?.weekly).toBe('unlimited');
  });

  it('marks models outside the plan unavailable', () => {
    expect(video?.available).toBe(false);
    expect(video?.window.total).toBeUndefined();
  });

  it('calls an emptied counted window exhausted', () => {
    const entry = { ...counts.model_remains[0], current_interval_usage_count: 0 };
    const [summary] = summarizeRemains(
      tokenPlanRemainsSchema.parse({ ...counts, model_remains: [entry] }),
      now,
    );
    expect(summary?.window).toMatchObject({ status: 'exhausted', total: 1500, remaining: 0, used: 1500 });
  });

  it('passes unknown fields and fails missing ones', () => {
    expect(tokenPlanRemainsSchema.safeParse(counts).success).toBe(true);
    const broken = { ...counts, model_remains: [{ model_name: 'MiniMax-M*' }] };
    expect(tokenPlanRemainsSchema.safeParse(broken).success).toBe(false);
    expect(summarizeRemains(tokenPlanRemainsSchema.parse({ base_resp: { status_code: 0 } }))).toEqual([]);
  });
});
