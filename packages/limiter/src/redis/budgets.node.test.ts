import { describe, expect, it } from 'vitest';
import { patient } from '../../../../test/redis-server.ts';
import { race, room } from '../budgets/__fixtures__/budget-race.js';
import { createLimiter } from '../create-limiter.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { redisStore } from './redis-store.js';

const redis = redisForTests();

describe('budgets on Redis', () => {
  it('the LiteLLM race: 20 concurrent calls over four stores, room for 4 — at most the budget, at least 80 %', async () => {
    const stores = Array.from({ length: 4 }, () => redisStore({ ...patient, client: redis.client }));
    const { served, spent, limit } = await race(stores);
    expect(served).toEqual({ 0: room });
    expect(spent).toBeLessThanOrEqual(limit);
    expect(spent).toBeGreaterThanOrEqual(0.8 * limit);
    for (const store of stores) await store.close();
  });

  it('adds sub-units exactly as integers beyond the 14 digits Lua writes numbers with', async () => {
    const store = redisStore({ ...patient, client: redis.client });
    const limiter = createLimiter({
      key: 'exact',
      store,
      budgets: [{ id: 'big', amount: '1000000', currency: 'USD', per: 'month', calendar: true }],
    });
    const a = await limiter.acquire({ cost: { amount: '123456.123456789', currency: 'USD' } });
    await limiter.acquire({ cost: { amount: '876543.876543210', currency: 'USD' } });
    expect((await limiter.refresh()).budgets[0]).toMatchObject({
      reserved: '999999.999999999',
      remaining: '0.000000001',
    });
    await a.settle({ cost: '0.000000007' });
    const usage = (await limiter.refresh()).budgets[0];
    expect(usage).toMatchObject({
      spent: '0.000000007',
      reserved: '876543.87654321',
      remaining: '123456.123456783',
    });
    // The calendar month at UTC+8, as Redis computes it, is the one the limiter shows.
    const shifted = new Date(Date.now() + 480 * 60_000);
    const monthEnd = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 1) - 480 * 60_000;
    expect(usage?.resetsAt).toBe(monthEnd);
    const before = Date.now();
    const refused = await limiter
      .acquire({ cost: { amount: '123456.2', currency: 'USD' } })
      .catch((e: unknown) => e);
    const after = Date.now();
    expect(refused).toMatchObject({
      name: 'BudgetExceededError',
      spent: '0.000000007',
      reserved: '876543.87654321',
    });
    // Redis (on this machine's clock) refused at a time between the two readings, until its month end.
    const wait = (refused as { retryAfterMs: number }).retryAfterMs;
    expect(wait).toBeGreaterThanOrEqual(monthEnd - after - 1);
    expect(wait).toBeLessThanOrEqual(monthEnd - before + 1);
    await limiter.close();
    await store.close();
  });
});
