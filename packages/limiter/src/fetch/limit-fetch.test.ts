import Anthropic from '@anthropic-ai/sdk';
import { createMiniMaxClient } from '@minimax-kit/client';
import { createMockMiniMax } from '@minimax-kit/mock';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';
import { limitFetch } from './limit-fetch.js';

const hi = { model: 'MiniMax-M2', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 100 };

function setup(
  limits: Record<string, { rpm?: number; tpm?: number; conn?: number }> = {
    'text:MiniMax-M2': { rpm: 3, tpm: 100_000 },
  },
) {
  const mock = createMockMiniMax({ region: 'global', limits });
  const limiter = createLimiter({ limits, guardMs: 0, store: memoryStore({ now: Date.now }) });
  return { mock, limiter, fetch: limitFetch(limiter, mock.fetch) };
}

describe('limitFetch', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps our client within RPM: the fourth call waits instead of drawing 1002', async () => {
    const { mock, limiter } = setup();
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      fetch: mock.fetch,
      limiter,
      maxRetries: 0,
      timeout: 0,
    });
    const done: number[] = [];
    const started = Date.now();
    const calls = Array.from({ length: 4 }, () =>
      client.chat.create(hi).then(() => done.push(Date.now() - started)),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(calls);
    expect(done[3]).toBeGreaterThanOrEqual(60_000);
    expect(mock.state.counts).toEqual({ 0: 4 });
  });

  it('settles the official openai client’s calls to the usage MiniMax reports, streamed or not', async () => {
    const { mock, limiter, fetch } = setup();
    const openai = new OpenAI({
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/v1',
      fetch,
      maxRetries: 0,
    });
    const completion = await openai.chat.completions.create(hi);
    await vi.advanceTimersByTimeAsync(0);
    const afterOne = limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.used;
    expect(afterOne).toBe(completion.usage?.total_tokens);
    let total = 0;
    for await (const chunk of await openai.chat.completions.create({ ...hi, stream: true }))
      total = chunk.usage?.total_tokens ?? total;
    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.used).toBe((afterOne ?? 0) + total);
    expect(mock.state.counts).toEqual({ 0: 2 });
  });

  it('limits and settles the official Anthropic client, streaming included', async () => {
    const { limiter, fetch } = setup();
    const anthropic = new Anthropic({
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/anthropic',
      fetch,
      maxRetries: 0,
    });
    const message = await anthropic.messages.stream(hi).finalMessage();
    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.used).toBe(
      message.usage.input_tokens + message.usage.output_tokens,
    );
    expect(limiter.snapshot().dimensions['rpm:text:MiniMax-M2']?.used).toBe(1);
  });

  it('holds a video job’s CONN slot until polling sees it end', async () => {
    const { mock, limiter } = setup({ video: { rpm: 100, conn: 1 } });
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      fetch: mock.fetch,
      limiter,
      maxRetries: 0,
      timeout: 0,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    const first = client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'a' });
    await vi.advanceTimersByTimeAsync(100);
    expect(limiter.snapshot().dimensions['conn:video']?.used).toBe(1);
    let second = false;
    const next = client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'b' }).then(() => {
      second = true;
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(30_000);
    await first;
    await next;
    expect(second).toBe(true);
  });

  it('pauses the scope when MiniMax refuses anyway, and refunds the refused tokens', async () => {
    const { mock, limiter, fetch } = setup({ 'text:MiniMax-M2': { rpm: 100, tpm: 100_000 } });
    mock.inject({ path: '/v1/chat/completions', fault: { type: 'error', code: 1002 }, times: 1 });
    const openai = new OpenAI({
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/v1',
      fetch,
      maxRetries: 0,
    });
    await expect(openai.chat.completions.create(hi)).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    await vi.advanceTimersByTimeAsync(0);
    const rpm = limiter.snapshot().dimensions['rpm:text:MiniMax-M2'];
    expect(rpm?.pausedUntil).toBeGreaterThan(Date.now());
    expect(limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.used).toBe(0);
  });

  it('passes requests that are not MiniMax’s straight through', async () => {
    const { limiter } = setup();
    const plain = limitFetch(limiter, async () => new Response('ok'));
    expect(await (await plain('https://example.com/health')).text()).toBe('ok');
    expect(Object.values(limiter.snapshot().dimensions).every((usage) => usage.used === 0)).toBe(true);
  });
});

describe('limitFetch and hostile usage', () => {
  it.each(['1e999', '-5', '"12"', 'null'])(
    'keeps the reservation when a server answers total_tokens %s',
    async (total) => {
      const limiter = createLimiter({
        limits: { 'text:MiniMax-M2': { rpm: 100, tpm: 100_000 } },
        guardMs: 0,
      });
      const server = async () =>
        new Response(`{"choices":[],"usage":{"total_tokens":${total}}}`, {
          headers: { 'content-type': 'application/json' },
        });
      const fetch = limitFetch(limiter, server);
      const response = await fetch('https://api.minimax.io/v1/chat/completions', {
        method: 'POST',
        headers: { authorization: 'Bearer sk-api-test', 'content-type': 'application/json' },
        body: JSON.stringify(hi),
      });
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const used = limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.used;
      expect(Number.isFinite(used)).toBe(true);
      expect(used).toBeGreaterThanOrEqual(100); // the estimate: input + max_tokens
      expect((await limiter.tryAcquire({ scope: 'text:MiniMax-M2', tokens: 1000 })).ok).toBe(true);
    },
  );
});
