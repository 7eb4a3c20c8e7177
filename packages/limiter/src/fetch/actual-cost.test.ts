import {
  compareDecimals,
  type Decimal,
  describeRequest,
  estimateCost,
  parseDecimal,
} from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { actualCost } from './actual-cost.js';

const request = {
  method: 'POST',
  url: 'https://api.minimax.io/v1/chat/completions',
  body: JSON.stringify({ model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }], max_tokens: 100 }),
};
const chat = describeRequest(request.method, request.url, request.body);
const text = (inputTokens: number, outputTokens: number, cacheReadTokens = 0) =>
  estimateCost(
    { kind: 'text', model: 'MiniMax-M2', inputTokens, outputTokens, cacheReadTokens },
    { region: 'global' },
  ).total;

describe('actualCost', () => {
  it('prices the usage an answer reports, in any of the chat formats', () => {
    const openai = {
      usage: { prompt_tokens: 12, completion_tokens: 30, prompt_tokens_details: { cached_tokens: 2 } },
    };
    expect(actualCost(chat, request, openai, 'global')).toBe(text(10, 30, 2));
    const anthropic = { usage: { input_tokens: 10, output_tokens: 30, cache_read_input_tokens: 2 } };
    expect(actualCost(chat, request, anthropic, 'global')).toBe(text(10, 30, 2));
  });

  it('reports no cost for impossible or absent usage, so the reservation stands', () => {
    for (const usage of [
      { prompt_tokens: -1, completion_tokens: 5 },
      { input_tokens: 5, output_tokens: -3 },
      { input_tokens: 5, output_tokens: Number.POSITIVE_INFINITY },
      { prompt_tokens: 5, completion_tokens: 1.5 },
      {},
    ])
      expect(actualCost(chat, request, { usage }, 'global')).toBeUndefined();
    expect(actualCost(chat, request, undefined, 'global')).toBeUndefined();
  });
});

describe('worst-case cost', () => {
  it('reserves at the priority price when the body asks for it, and at the standard one where none is offered', async () => {
    const { demandOf } = await import('../demand.js');
    const body = (model: string) =>
      JSON.stringify({
        model,
        messages: [{ role: 'user', content: 'hi' }],
        max_tokens: 100,
        service_tier: 'priority',
      });
    const worst = (model: string, serviceTier: 'standard' | 'priority') =>
      demandOf(describeRequest('POST', request.url, body(model)), { region: 'global', serviceTier }).cost
        ?.amount;
    const [priority, standard] = (['priority', 'standard'] as const).map((tier) =>
      parseDecimal(worst('MiniMax-M3', tier) ?? ''),
    );
    expect(compareDecimals(priority as Decimal, standard as Decimal)).toBe(1);
    expect(worst('MiniMax-M2', 'priority')).toBe(worst('MiniMax-M2', 'standard'));
  });
});
