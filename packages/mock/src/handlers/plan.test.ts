import { summarizeRemains, tokenPlanRemainsSchema } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';

describe('/v1/token_plan/remains', () => {
  it('reflects real consumption of the window, the week and daily quotas', async () => {
    const { call, clock } = harness({
      keys: [{ key: 'sk-cp-mock', plan: { tier: 'starter', daily: { 'image-01': 50 } } }],
    });
    for (let i = 0; i < 3; i++)
      await call('POST', '/v1/chat/completions', chat('MiniMax-M2.7'), 'sk-cp-mock');
    await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x', n: 4 }, 'sk-cp-mock');
    clock.advance(60_000);
    const answer = await call('GET', '/v1/token_plan/remains', undefined, 'sk-cp-mock');
    const body = tokenPlanRemainsSchema.parse(answer.json);
    const [text] = body.model_remains ?? [];
    expect(text).toMatchObject({
      model_name: 'MiniMax-M*',
      current_interval_total_count: 1500, // global Starter, as reported
      current_interval_usage_count: 1497, // what is left, as MiniMax reports it
      current_weekly_total_count: 15000,
      current_weekly_usage_count: 14997,
      remains_time: 5 * 3_600_000 - 60_000,
    });
    const summary = summarizeRemains(body, clock.t);
    expect(summary[0]?.window).toMatchObject({
      used: 3,
      remaining: 1497,
      resetsAt: clock.t - 60_000 + 5 * 3_600_000,
    });
    expect(summary.find((quota) => quota.bucket === 'image-01')?.window).toMatchObject({
      total: 50,
      used: 4,
      remaining: 46,
    });
  });

  it('answers as the real API does today when asked: `general`, counts 0, percentages, statuses, boosts', async () => {
    const { call } = harness({
      remainsShape: 'percentages',
      keys: [{ key: 'sk-cp-mock', plan: { tier: 'starter', windowRequests: 4, daily: { 'image-01': 50 } } }],
    });
    for (let i = 0; i < 3; i++)
      await call('POST', '/v1/chat/completions', chat('MiniMax-M2.7'), 'sk-cp-mock');
    const answer = await call('GET', '/v1/token_plan/remains', undefined, 'sk-cp-mock');
    const [text] = answer.json.model_remains;
    const image = answer.json.model_remains.find(
      (entry: { model_name: string }) => entry.model_name === 'image-01',
    );
    expect(text).toMatchObject({
      model_name: 'general',
      current_interval_total_count: 0,
      current_interval_usage_count: 0,
      current_interval_remaining_percent: 25, // 1 of 4 left
      current_interval_status: 1,
      current_weekly_total_count: 0,
      current_weekly_remaining_percent: 92, // 37 of 40 left, rounded down
      current_weekly_status: 1,
      interval_boost_permille: 1000,
    });
    expect(image).toMatchObject({ model_name: 'image-01', current_interval_remaining_percent: 100 });
    const [pool] = summarizeRemains(tokenPlanRemainsSchema.parse(answer.json));
    expect(pool).toMatchObject({ pool: 'text', window: { status: 'limited', remainingPercent: 25 } });
    expect(pool?.window.total).toBeUndefined();
    expect(pool?.weekly).toMatchObject({ status: 'limited', remainingPercent: 92 });

    await call('POST', '/v1/chat/completions', chat('MiniMax-M2.7'), 'sk-cp-mock');
    const spent = await call('GET', '/v1/token_plan/remains', undefined, 'sk-cp-mock');
    expect(spent.json.model_remains[0]).toMatchObject({
      current_interval_remaining_percent: 0,
      current_interval_status: 2,
    });
  });

  it('answers an empty list for a pay-as-you-go key', async () => {
    const { call } = harness();
    expect((await call('GET', '/v1/token_plan/remains')).json).toEqual({
      model_remains: [],
      base_resp: { status_code: 0, status_msg: 'success' },
    });
  });

  it('serves the plan-only vlm and search endpoints, counting vlm as 3 requests', async () => {
    const { call } = harness({ keys: [{ key: 'sk-cp-mock', plan: { windowRequests: 5 } }] });
    expect(
      (
        await call(
          'POST',
          '/v1/coding_plan/vlm',
          { prompt: 'what is this', image_url: 'data:image/png;base64,AAAA' },
          'sk-cp-mock',
        )
      ).json.content,
    ).toMatch(/square/);
    expect(
      (await call('POST', '/v1/coding_plan/search', { q: 'minimax' }, 'sk-cp-mock')).json.organic,
    ).toHaveLength(3);
    expect(
      (await call('POST', '/v1/coding_plan/vlm', { prompt: 'x', image_url: 'y' }, 'sk-cp-mock')).code,
    ).toBe(2056);
  });
});
