import { estimateCost } from '@minimax-kit/core';
import { createMockMiniMax } from '@minimax-kit/mock';
import { expect } from 'vitest';
import { createLimiter } from '../../create-limiter.js';
import { BudgetExceededError } from '../../errors/budget-exceeded-error.js';
import { limitFetch } from '../../fetch/limit-fetch.js';
import type { LimiterStore } from '../../stores/store.js';
import { fromSubUnits, toSubUnits } from '../money-units.js';

/** Room for this many calls. */
export const room = 4;
const price = toSubUnits(
  estimateCost({ kind: 'image', model: 'image-01', count: 1 }, { region: 'global' }).total,
);
const amount = fromSubUnits(price * room);

/**
 * The race LiteLLM's budgets lose (every concurrent call passes the check before any spend is
 * recorded): 20 image calls at once through `limitFetch`, spread over the limiters of `stores`,
 * a budget with room for 4. Returns what MiniMax (the mock) served and what the budget holds.
 */
export async function race(stores: LimiterStore[]) {
  const mock = createMockMiniMax({ region: 'global' });
  const limiters = stores.map((store) =>
    createLimiter({ key: 'race', store, budgets: [{ id: 'b', amount, currency: 'USD', per: 'day' }] }),
  );
  const fetches = limiters.map((limiter) => limitFetch(limiter, mock.fetch));
  const calls = Array.from({ length: 20 }, (_, i) =>
    (fetches[i % fetches.length] as (typeof fetches)[number])('https://api.minimax.io/v1/image_generation', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'image-01', prompt: 'a cat', n: 1 }),
    }).then((response) => response.text()),
  );
  const results = await Promise.allSettled(calls);
  for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(BudgetExceededError);
  const first = limiters[0] as (typeof limiters)[number];
  // Each answer settles as its body is read: wait until the last one has.
  let usage = (await first.refresh()).budgets[0];
  while (usage?.reserved !== '0') {
    await new Promise((resolve) => setTimeout(resolve, 10));
    usage = (await first.refresh()).budgets[0];
  }
  for (const limiter of limiters) await limiter.close();
  return { served: mock.state.counts, spent: toSubUnits(usage.spent), limit: toSubUnits(amount) };
}
