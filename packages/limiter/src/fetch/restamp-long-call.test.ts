import { createMockMiniMax } from '@minimax-kit/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';
import type { LimiterStore } from '../stores/store.js';

const limits = { 'text:MiniMax-M2': { rpm: 1 } };
const body = JSON.stringify({
  model: 'MiniMax-M2',
  messages: [{ role: 'user', content: 'hi' }],
  max_tokens: 100,
});

// The first request reaches the server 50 s after its grant and answers 50 s later (a slow link
// and a long completion): its headers come after its grant's entry would have left the window.
async function run(store: LimiterStore) {
  const mock = createMockMiniMax({ region: 'global', limits });
  let first = true;
  const limiter = createLimiter({ limits, store });
  const fetch = limiter.wrap(async (input, init) => {
    if (!first) return mock.fetch(input, init);
    first = false;
    await new Promise((resolve) => setTimeout(resolve, 50_000));
    const response = await mock.fetch(input, init);
    await new Promise((resolve) => setTimeout(resolve, 50_000));
    return response;
  });
  const call = () =>
    fetch('https://api.minimax.io/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body,
    }).then((response) => response.status);
  const statuses = Promise.all([call(), call()]);
  await vi.advanceTimersByTimeAsync(300_000);
  await limiter.close();
  return { statuses: await statuses, counts: mock.state.counts };
}

describe('limitFetch and a call whose headers come after a window', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restamps it before its entry would leave the window, so the next call waits for the server', async () => {
    const { statuses, counts } = await run(memoryStore({ now: Date.now }));
    expect(statuses).toEqual([200, 200]);
    expect(counts).toEqual({ 0: 2 });
  });

  it('(without restamps the next call goes a window after the grant, and the mock refuses it: 1002)', async () => {
    const { restamp: _, ...store } = memoryStore({ now: Date.now });
    const { counts } = await run(store);
    expect(counts).toEqual({ 0: 1, 1002: 1 });
  });
});
