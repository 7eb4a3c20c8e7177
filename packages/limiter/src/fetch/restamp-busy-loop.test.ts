import { createMockMiniMax } from '@minimax-kit/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';
import { limitFetch } from './limit-fetch.js';
import { arrivalBoundMs } from './restamp-on-arrival.js';

const limits = { 'text:MiniMax-M2': { rpm: 1 } };
const body = JSON.stringify({
  model: 'MiniMax-M2',
  messages: [{ role: 'user', content: 'hi' }],
  max_tokens: 50,
});

// A cold process that grants a burst of calls in one turn holds its event loop for seconds: the
// bound's timer fires late, before any of those requests has left, and they reach the server
// later still. The clock of the store and the mock is set by hand, so "held" is exact: the timers
// only run when the test lets them.
async function heldThenSent(store: ReturnType<typeof memoryStore>, clock: { now: number }) {
  const mock = createMockMiniMax({ region: 'global', limits, now: () => clock.now });
  const limiter = createLimiter({ limits, store }); // the default guard
  let send = () => {};
  const gate = new Promise<void>((resolve) => {
    send = resolve;
  });
  let gated = true;
  const fetch = limitFetch(limiter, async (input, init) => {
    if (gated) await gate; // the first request leaves only when the test says so
    return mock.fetch(new Request(input, init));
  });
  const call = () =>
    fetch('https://api.minimax.io/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body,
    });

  const first = call();
  await vi.advanceTimersByTimeAsync(0); // granted at 0
  clock.now = 5_000; // the loop was held for 5 s …
  await vi.advanceTimersByTimeAsync(arrivalBoundMs); // … so the bound's timer fires 3 s late
  clock.now = 5_900; // the request leaves and reaches the server after the timer ran
  send();
  gated = false;
  expect((await first).status).toBe(200);
  // The next call waits for room; the clocks run together again, in 100 ms steps.
  let second: number | undefined;
  call().then((response) => {
    second = response.status;
  });
  while (second === undefined && clock.now < 120_000) {
    clock.now += 100;
    await vi.advanceTimersByTimeAsync(100);
  }
  const sentAt = mock.state.log.at(-1)?.at;
  await limiter.close();
  return { status: second, counts: mock.state.counts, sentAt };
}

describe('limitFetch restamps after a held event loop', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a bound that passed while the loop was held starts again, so the slot frees a window after the arrival', async () => {
    const clock = { now: 0 };
    const { status, counts, sentAt } = await heldThenSent(memoryStore({ now: () => clock.now }), clock);
    expect(sentAt).toBeGreaterThanOrEqual(5_900 + 60_000);
    expect(status).toBe(200);
    expect(counts).toEqual({ 0: 2 });
  });
});
