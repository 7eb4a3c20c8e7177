import { createMockMiniMax } from '@minimax-kit/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';
import type { LimiterStore } from '../stores/store.js';
import type { FetchLike } from './limit-fetch.js';

const limits = { 'text:MiniMax-M2': { rpm: 5 } };
const body = JSON.stringify({
  model: 'MiniMax-M2',
  messages: [{ role: 'user', content: 'hi' }],
  max_tokens: 100,
});

// The first request reaches the server 2 s after its grant (a cold connection's TLS handshake);
// the others at once. The mock, with its limits on, counts each when it arrives.
function slowFirstArrival(fetch: FetchLike): FetchLike {
  let first = true;
  return async (input, init) => {
    if (first) {
      first = false;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    return fetch(input, init);
  };
}

async function run(store: LimiterStore) {
  const mock = createMockMiniMax({ region: 'global', limits });
  const limiter = createLimiter({ limits, store }); // the default guard
  const fetch = limiter.wrap(slowFirstArrival(mock.fetch));
  const call = () =>
    fetch('https://api.minimax.io/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body,
    }).then((response) => response.status);
  const statuses = Promise.all(Array.from({ length: 12 }, call));
  await vi.advanceTimersByTimeAsync(180_000);
  await limiter.close();
  return { statuses: await statuses, counts: mock.state.counts };
}

describe('limitFetch restamps each grant when its answer’s headers arrive', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('so a request that reached the server late frees its slot late: the mock refuses nothing', async () => {
    const { statuses, counts } = await run(memoryStore({ now: Date.now }));
    expect(counts).toEqual({ 0: 12 });
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it('(a store that cannot restamp frees it a window after the grant, and the mock refuses one: 1002)', async () => {
    const { restamp: _, ...store } = memoryStore({ now: Date.now });
    const { counts } = await run(store);
    expect(counts).toEqual({ 0: 11, 1002: 1 });
  });
});
