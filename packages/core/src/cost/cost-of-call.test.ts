import { describe, expect, it } from 'vitest';
import { estimateCost } from '../pricing/estimate-cost.js';
import { type CallToPrice, costOfCall } from './cost-of-call.js';

const cn = 'https://api.minimaxi.com';
const chat = (body: object, answer: unknown, extra: Partial<CallToPrice> = {}) =>
  costOfCall({ method: 'POST', url: `${cn}/v1/chat/completions`, body, answer, at: '2026-12-02', ...extra });
const hi = { model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }] };

describe('costOfCall', () => {
  it('prices an OpenAI-style answer, cached tokens apart from the rest of the prompt', () => {
    const usage = {
      prompt_tokens: 1_000_000,
      completion_tokens: 100_000,
      prompt_tokens_details: { cached_tokens: 400_000 },
    };
    const cost = chat(hi, { usage });
    // 600,000 × 2.1 / 1M + 100,000 × 8.4 / 1M + 400,000 × 0.21 / 1M = 1.26 + 0.84 + 0.084
    expect(cost).toMatchObject({ priced: true, currency: 'CNY', total: '2.184' });
    expect(cost.priced && cost.usage).toEqual({
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: 600_000,
      outputTokens: 100_000,
      cacheReadTokens: 400_000,
    });
  });

  it('prices an Anthropic-style answer from its disjoint parts, with the body as JSON text', () => {
    const cost = costOfCall({
      method: 'POST',
      url: `${cn}/anthropic/v1/messages`,
      body: JSON.stringify({ ...hi, max_tokens: 10 }),
      answer: {
        usage: { input_tokens: 1_000_000, output_tokens: 0, cache_creation_input_tokens: 1_000_000 },
      },
    });
    expect(cost).toMatchObject({ priced: true, total: '4.725' }); // 2.1 + 2.625
  });

  it('applies the priority service tier the request asked for', () => {
    const body = { ...hi, model: 'MiniMax-M3', service_tier: 'priority' };
    const usage = { prompt_tokens: 100_000, completion_tokens: 100_000 };
    expect(chat(body, { usage })).toMatchObject({ total: '1.575' });
    expect(chat({ ...body, service_tier: 'default' }, { usage })).toMatchObject({ total: '1.05' });
  });

  it('says why it cannot price: no usage, an unknown model, an unknown region', () => {
    expect(chat(hi, {})).toEqual({
      priced: false,
      reason: 'The answer reported no usage of chat.',
      model: 'MiniMax-M2',
    });
    const future = chat(
      { ...hi, model: 'MiniMax-M9' },
      { usage: { prompt_tokens: 1, completion_tokens: 1 } },
    );
    expect(future).toMatchObject({ priced: false, model: 'MiniMax-M9' });
    expect(future.priced === false && future.reason).toMatch(/MiniMax-M9/);
    const local = costOfCall({ method: 'POST', url: '/v1/chat/completions', body: hi, answer: {} });
    expect(local).toMatchObject({ priced: false, reason: expect.stringMatching(/pass region/) });
  });

  it('prices speech by the billing characters MiniMax reported, else by the text', () => {
    const body = { model: 'speech-02-hd', text: '你好' };
    const call = { method: 'POST', url: '/v1/t2a_v2', body, region: 'cn' } as const;
    const reported = costOfCall({ ...call, answer: { extra_info: { usage_characters: 10_000 } } });
    const expected = estimateCost(
      { kind: 'speech', model: 'speech-02-hd', characters: 10_000 },
      { region: 'cn' },
    );
    expect(reported).toMatchObject({ priced: true, total: expected.total });
    expect(costOfCall({ ...call, answer: {} })).toMatchObject({
      total: estimateCost({ kind: 'speech', model: 'speech-02-hd', characters: 4 }, { region: 'cn' }).total,
    });
    const fromFile = costOfCall({
      method: 'POST',
      url: `${cn}/v1/t2a_async_v2`,
      body: { model: 'speech-02-hd', text_file_id: 1 },
      answer: { task_id: 1, usage_characters: 101 },
    });
    expect(fromFile.priced && fromFile.usage).toEqual({
      kind: 'speech',
      model: 'speech-02-hd',
      mode: 'async',
      characters: 101,
    });
  });

  it('prices images made, not images asked for', () => {
    const cost = costOfCall({
      method: 'POST',
      url: `${cn}/v1/image_generation`,
      body: { model: 'image-01', prompt: 'x', n: 4 },
      answer: { metadata: { success_count: '3', failed_count: '1' } },
    });
    expect(cost.priced && cost.usage).toEqual({ kind: 'image', model: 'image-01', count: 3 });
  });

  it('charges a video once its task succeeds, and nothing for one that failed', () => {
    const body = { model: 'MiniMax-Hailuo-02', prompt: 'x', duration: 6, resolution: '768P' };
    const video = (answer: unknown) =>
      costOfCall({ method: 'POST', url: `${cn}/v1/video_generation`, body, answer });
    expect(video({ task_id: '1' })).toMatchObject({
      priced: true,
      total: '0',
      note: expect.stringMatching(/succeeds/),
    });
    expect(video({ status: 'Fail' })).toMatchObject({ total: '0', note: expect.stringMatching(/failed/) });
    const clip = estimateCost(
      {
        kind: 'video',
        model: 'MiniMax-Hailuo-02',
        mode: 'text-to-video',
        resolution: '768P',
        durationSeconds: 6,
      },
      { region: 'cn' },
    );
    expect(video({ status: 'Success' })).toMatchObject({
      priced: true,
      total: clip.total,
      lines: clip.lines,
    });
  });

  it('costs nothing for free endpoints and refused calls, in the region’s currency', () => {
    expect(
      costOfCall({ method: 'GET', url: 'https://api.minimax.io/v1/files/list?purpose=t2a_async' }),
    ).toEqual({
      priced: true,
      currency: 'USD',
      total: '0',
      lines: [],
    });
    expect(chat(hi, { base_resp: { status_code: 1002 } }, { refused: true })).toMatchObject({
      total: '0',
      note: expect.stringMatching(/refused/),
    });
    expect(costOfCall({ method: 'POST', url: `${cn}/v1/nowhere` })).toMatchObject({ priced: false });
  });
});
