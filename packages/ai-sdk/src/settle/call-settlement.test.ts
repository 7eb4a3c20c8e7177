import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it, vi } from 'vitest';
import { expectSettled, startMock, used } from '../__fixtures__/mock-run.js';
import type { Target } from '../__fixtures__/sdks.js';
import { ai7, rejection, wrapModel } from '../__fixtures__/wrap.js';

const budgeted = (limits?: Record<string, { rpm: number; tpm: number }>) =>
  createLimiter({
    region: 'global',
    budgets: [{ id: 'daily', amount: '5', currency: 'USD', per: 'day' }],
    ...(limits ? { limits } : {}),
  });

const budget = (limiter: ReturnType<typeof budgeted>) => limiter.snapshot().budgets[0];

// A fetch that never answers: the call is under way until its signal aborts it.
const hanging: Target['fetch'] = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });

describe('settling a call that does not finish', () => {
  it('an abort while waiting for room leaves nothing held and sends nothing', async () => {
    const { mock, target } = startMock();
    const limiter = budgeted({ 'text:MiniMax-M2': { rpm: 1, tpm: 1_000_000 } });
    const { ai, provider } = ai7();
    const model = wrapModel(ai, provider, target, limiter);
    await ai.generateText({ model, prompt: 'first', maxRetries: 0 });
    const abort = new AbortController();
    const second = rejection(
      ai.generateText({ model, prompt: 'second', maxRetries: 0, abortSignal: abort.signal }),
    );
    await vi.waitFor(() => expect(limiter.snapshot().queued).toBe(1));
    abort.abort();
    expect((await second) as Error).toMatchObject({ name: 'AbortError' });
    expect(limiter.snapshot().queued).toBe(0);
    expect(mock.state.log).toHaveLength(1);
    expect(budget(limiter)?.reserved).toBe('0');
  });

  it('an abort in flight releases the lease; what it made is unknown, so its reservation is spent', async () => {
    const limiter = budgeted();
    const { ai, provider } = ai7();
    const target = { ...startMock().target, fetch: hanging };
    const abort = new AbortController();
    const call = rejection(
      ai.generateText({
        model: wrapModel(ai, provider, target, limiter),
        prompt: 'Hello',
        maxRetries: 0,
        abortSignal: abort.signal,
      }),
    );
    await vi.waitFor(() => expect(budget(limiter)?.reserved).not.toBe('0'));
    const reserved = budget(limiter)?.reserved;
    abort.abort();
    await call;
    await vi.waitFor(() => expect(budget(limiter)).toMatchObject({ reserved: '0', spent: reserved }));
  });

  it('a stream cancelled before its finish part releases the lease at its reservation', async () => {
    const { target } = startMock();
    const limiter = budgeted();
    const { ai, provider } = ai7('anthropic');
    const abort = new AbortController();
    const result = ai.streamText({
      model: wrapModel(ai, provider, target, limiter),
      prompt: 'Tell me a long story',
      maxRetries: 0,
      abortSignal: abort.signal,
    });
    for await (const _delta of result.textStream) {
      abort.abort();
      break;
    }
    await vi.waitFor(() => expect(budget(limiter)?.reserved).toBe('0'));
    // Not settled to a usage: the output reservation (2048 tokens) is still counted.
    expect(used(limiter, 'tpm:')).toBeGreaterThan(2048);
    expect(budget(limiter)?.spent).not.toBe('0');
  });

  it('an error answer refunds its tokens and cost and keeps the request counted', async () => {
    const { mock, target } = startMock();
    const limiter = budgeted();
    const { ai, provider } = ai7('anthropic');
    const model = wrapModel(ai, provider, { ...target, key: 'sk-api-not-a-mock-key' }, limiter);
    const error = await rejection(ai.generateText({ model, prompt: 'Hello', maxRetries: 0 }));
    expect(error).toMatchObject({ statusCode: 401 });
    expect(String(error)).not.toContain('sk-api-not-a-mock-key');
    expectSettled(limiter, mock);
    expect(used(limiter, 'rpm:')).toBe(1);
    expect(budget(limiter)).toMatchObject({ spent: '0', reserved: '0' });
  });

  it('a call that cannot connect keeps its input counted and costs nothing', async () => {
    const limiter = budgeted();
    const { ai, provider } = ai7();
    // What undici throws when nothing listens on the port.
    const refused: Target['fetch'] = async () => {
      const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      throw new TypeError('fetch failed', { cause });
    };
    const model = wrapModel(ai, provider, { ...startMock().target, fetch: refused }, limiter);
    const error = await rejection(ai.generateText({ model, prompt: 'Hello', maxRetries: 0 }));
    expect(error).toMatchObject({ name: 'AI_APICallError' });
    const tpm = used(limiter, 'tpm:');
    expect(tpm).toBeGreaterThan(0);
    expect(tpm).toBeLessThan(2048);
    expect(budget(limiter)).toMatchObject({ spent: '0', reserved: '0' });
  });

  it('a refusal by MiniMax (1002, HTTP 429) pauses the scope and refunds its tokens', async () => {
    const { mock, target } = startMock();
    const limiter = budgeted({ 'text:MiniMax-M2': { rpm: 100, tpm: 1_000_000 } });
    const { ai, provider } = ai7();
    mock.inject({ path: '/v1/chat/completions', fault: { type: 'error', code: 1002 }, times: 1 });
    const model = wrapModel(ai, provider, target, limiter);
    await rejection(ai.generateText({ model, prompt: 'Hello', maxRetries: 0 }));
    const { dimensions } = limiter.snapshot();
    expect(dimensions['rpm:text:MiniMax-M2']?.pausedUntil).toBeGreaterThan(Date.now());
    expect(dimensions['tpm:text:MiniMax-M2']?.used).toBe(0);
    expect(budget(limiter)).toMatchObject({ reserved: '0', spent: '0' });
  });
});
