import { estimateCost } from '@minimax-kit/core';
import { createMockMiniMax } from '@minimax-kit/mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { limitFetch } from './limit-fetch.js';

// Firefox's Request has no `body` stream (ESR 153 included): only the whole-body readers. The demo's
// simulator in Firefox drew 1002 at 3× the limits, and its budget never moved, before limitFetch
// read such bodies.
class FirefoxRequest extends Request {
  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return undefined as unknown as null;
  }
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('limitFetch where Request has no body stream (Firefox)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('still reads the model and max_tokens, so the call is limited and priced', async () => {
    vi.stubGlobal('Request', FirefoxRequest);
    expect(new Request('https://api.minimax.io/', { method: 'POST', body: '{}' }).body).toBeUndefined();
    const mock = createMockMiniMax({ region: 'global' });
    const limiter = createLimiter({
      limits: { 'text:MiniMax-M2': { rpm: 1 } },
      budgets: [{ id: 'daily', amount: '1', currency: 'USD', per: 'day' }],
    });
    const fetch = limitFetch(limiter, mock.fetch);
    const response = await fetch('https://api.minimax.io/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'MiniMax-M2',
        messages: [{ role: 'user', content: 'hi' }],
        max_tokens: 100,
      }),
    });
    const { usage } = (await response.json()) as {
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    const cost = estimateCost(
      {
        kind: 'text',
        model: 'MiniMax-M2',
        inputTokens: usage.prompt_tokens,
        outputTokens: usage.completion_tokens,
      },
      { region: 'global' },
    ).total;
    await until(() => limiter.snapshot().budgets[0]?.reserved === '0');
    expect(limiter.snapshot().budgets[0]?.spent).toBe(cost);
    // The model's one request a minute is taken: a second waits rather than being sent.
    expect((await limiter.tryAcquire({ scope: 'text:MiniMax-M2' })).ok).toBe(false);
  });
});
