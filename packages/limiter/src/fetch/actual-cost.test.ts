import { describeRequest, estimateCost } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { actualCost } from './actual-cost.js';

const chat = describeRequest(
  'POST',
  'https://api.minimax.io/v1/chat/completions',
  JSON.stringify({ model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }], max_tokens: 100 }),
);
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
    expect(actualCost(chat, openai, 'global')).toBe(text(10, 30, 2));
    const anthropic = { usage: { input_tokens: 10, output_tokens: 30, cache_read_input_tokens: 2 } };
    expect(actualCost(chat, anthropic, 'global')).toBe(text(10, 30, 2));
  });

  it('reports no cost for impossible or absent usage, so the reservation stands', () => {
    for (const usage of [
      { prompt_tokens: -1, completion_tokens: 5 },
      { input_tokens: 5, output_tokens: -3 },
      { input_tokens: 5, output_tokens: Number.POSITIVE_INFINITY },
      { prompt_tokens: 5, completion_tokens: 1.5 },
      {},
    ])
      expect(actualCost(chat, { usage }, 'global')).toBeUndefined();
    expect(actualCost(chat, undefined, 'global')).toBeUndefined();
  });
});
