import { describe, expect, it } from 'vitest';
import remains from './__fixtures__/remains.json' with { type: 'json' };
import { tokenPlanRemainsSchema } from './remains-schema.js';
import { summarizeRemains } from './summarize-remains.js';

describe('summarizeRemains', () => {
  const body = tokenPlanRemainsSchema.parse(remains);
  const now = 1776366048046; // end_time − remains_time of the text window
  const [text, image, video] = summarizeRemains(body, now);

  it('reads usage_count as what is left and times relative to arrival', () => {
    expect(text).toMatchObject({
      bucket: 'MiniMax-M*',
      available: true,
      window: { total: 1500, remaining: 228, used: 1272, startsAt: 1776355200000, resetsAt: 1776373200000 },
    });
    expect(text?.window.remainingPercent).toBeCloseTo(15.2);
    expect(text?.weekly).toMatchObject({
      total: 15000,
      remaining: 12000,
      used: 3000,
      resetsAt: now + 248351954,
    });
  });

  it('prefers the reported percent and marks plans without a weekly cap', () => {
    expect(image?.window).toMatchObject({ total: 50, remaining: 50, used: 0, remainingPercent: 100 });
    expect(image?.weekly).toBe('unlimited');
  });

  it('marks models outside the plan unavailable', () => {
    expect(video?.available).toBe(false);
  });

  it('passes unknown fields and fails missing ones', () => {
    expect(tokenPlanRemainsSchema.safeParse(remains).success).toBe(true);
    const broken = { ...remains, model_remains: [{ model_name: 'MiniMax-M*' }] };
    expect(tokenPlanRemainsSchema.safeParse(broken).success).toBe(false);
    expect(summarizeRemains(tokenPlanRemainsSchema.parse({ base_resp: { status_code: 0 } }))).toEqual([]);
  });
});
