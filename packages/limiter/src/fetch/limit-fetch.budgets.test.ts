import Anthropic from '@anthropic-ai/sdk';
import { estimateCost } from '@minimax-kit/core';
import { createMockMiniMax } from '@minimax-kit/mock';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { limitFetch } from './limit-fetch.js';

const hi = { model: 'MiniMax-M2', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 100 };
const url = 'https://api.minimax.io/v1/chat/completions';

function setup(amount = '1') {
  const mock = createMockMiniMax({ region: 'global' });
  const limiter = createLimiter({ budgets: [{ id: 'daily', amount, currency: 'USD', per: 'day' }] });
  return { mock, limiter, fetch: limitFetch(limiter, mock.fetch) };
}

const priced = (model: string, inputTokens: number, outputTokens: number, cacheReadTokens = 0) =>
  estimateCost({ kind: 'text', model, inputTokens, outputTokens, cacheReadTokens }, { region: 'global' })
    .total;

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('limitFetch with budgets', () => {
  it('settles each call to the cost of the usage MiniMax reports, from JSON or a stream', async () => {
    const { limiter, fetch } = setup();
    const openai = new OpenAI({
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/v1',
      fetch,
      maxRetries: 0,
    });
    const completion = await openai.chat.completions.create(hi);
    const usage = completion.usage as OpenAI.CompletionUsage;
    const first = priced('MiniMax-M2', usage.prompt_tokens, usage.completion_tokens);
    await until(() => limiter.snapshot().budgets[0]?.reserved === '0');
    expect(limiter.snapshot().budgets[0]).toMatchObject({ spent: first, reserved: '0' });

    const anthropic = new Anthropic({
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/anthropic',
      fetch,
    });
    const stream = anthropic.messages.stream(hi);
    const message = await stream.finalMessage();
    const second = priced('MiniMax-M2', message.usage.input_tokens, message.usage.output_tokens);
    await until(() => limiter.snapshot().budgets[0]?.reserved === '0');
    const spent = estimateCost(
      [
        {
          kind: 'text',
          model: 'MiniMax-M2',
          inputTokens: usage.prompt_tokens,
          outputTokens: usage.completion_tokens,
        },
        {
          kind: 'text',
          model: 'MiniMax-M2',
          inputTokens: message.usage.input_tokens,
          outputTokens: message.usage.output_tokens,
        },
      ],
      { region: 'global' },
    ).total;
    expect(second).not.toBe('0');
    expect(limiter.snapshot().budgets[0]).toMatchObject({ spent, reserved: '0' });
  });

  it('throws BudgetExceededError before anything is sent when the worst case does not fit', async () => {
    const { mock, fetch } = setup('0.0002'); // one call's worst case (100 output tokens ≈ 0.00012) fits, not two
    const send = () =>
      fetch(url, {
        method: 'POST',
        body: JSON.stringify(hi),
        headers: { authorization: 'Bearer sk-api-mock' },
      });
    const results = await Promise.allSettled([send(), send()]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(BudgetExceededError);
    expect(mock.state.counts).toEqual({ 0: 1 });
  });

  it('releases the reservation of a call that failed before MiniMax billed it', async () => {
    const { mock, limiter, fetch } = setup();
    mock.inject({ path: '/v1/chat/completions', fault: { type: 'http', status: 502 } });
    const failed = await fetch(url, {
      method: 'POST',
      body: JSON.stringify(hi),
      headers: { authorization: 'Bearer sk-api-mock' },
    });
    expect(failed.status).toBe(502);
    await until(() => limiter.snapshot().budgets[0]?.reserved === '0');
    expect(limiter.snapshot().budgets[0]).toMatchObject({ spent: '0', reserved: '0', remaining: '1' });
    const offline = limitFetch(limiter, () => Promise.reject(new TypeError('fetch failed')));
    await expect(offline(url, { method: 'POST', body: JSON.stringify(hi) })).rejects.toThrow('fetch failed');
    expect(limiter.snapshot().budgets[0]).toMatchObject({ spent: '0', reserved: '0' });
  });

  it('keeps one budget per tenant, read from a header', async () => {
    const mock = createMockMiniMax({ region: 'global' });
    const limiter = createLimiter({
      budgets: [{ id: 'daily', amount: '0.0002', currency: 'USD', per: 'day' }],
    });
    const fetch = limitFetch(limiter, mock.fetch, {
      tenant: (request) => request.headers.get('x-tenant') ?? undefined,
    });
    const send = (tenant: string) =>
      fetch(url, {
        method: 'POST',
        body: JSON.stringify(hi),
        headers: { authorization: 'Bearer sk-api-mock', 'x-tenant': tenant },
      });
    await Promise.all([send('alice'), send('bob')]);
    await until(() => limiter.snapshot().budgets.every((b) => b.reserved === '0'));
    expect(
      limiter
        .snapshot()
        .budgets.map((b) => b.key)
        .sort(),
    ).toEqual(['alice', 'bob', 'default']);
  });
});
