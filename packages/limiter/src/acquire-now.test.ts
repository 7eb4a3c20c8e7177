import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { BudgetExceededError } from './errors/budget-exceeded-error.js';
import { DemandTooLargeError } from './errors/demand-too-large-error.js';
import { InvalidDemandError } from './errors/invalid-demand-error.js';
import { LimiterClosedError } from './errors/limiter-closed-error.js';
import { memoryStore } from './stores/memory-store.js';
import type { LimiterStore } from './stores/store.js';

const used = (limiter: ReturnType<typeof createLimiter>) =>
  Object.fromEntries(Object.entries(limiter.snapshot().dimensions).map(([id, d]) => [id, d.used]));

describe('acquireNow, the synchronous fast path', () => {
  it('hands back a lease in the same turn, held by every limit it draws on', async () => {
    const limiter = createLimiter({ limits: { s: { rpm: 10, tpm: 100, conn: 1 } }, store: memoryStore() });
    const lease = limiter.acquireNow({ scope: 's', tokens: 40, conn: true });
    expect(lease).toMatchObject({ demand: { scope: 's', tokens: 40 }, waitedOn: undefined });
    expect(used(limiter)).toMatchObject({ 'rpm:s': 1, 'tpm:s': 40, 'conn:s': 1 });
    await lease?.settle({ tokens: 15 });
    await lease?.release();
    expect(used(limiter)).toMatchObject({ 'rpm:s': 1, 'tpm:s': 15, 'conn:s': 0 });
  });

  it('answers undefined and holds nothing when a limit is full; acquire then waits as ever', async () => {
    const limiter = createLimiter({ limits: { s: { rpm: 2, tpm: 100 } }, store: memoryStore() });
    const first = limiter.acquireNow({ scope: 's', tokens: 90 });
    expect(limiter.acquireNow({ scope: 's', tokens: 20 })).toBeUndefined();
    expect(used(limiter)).toMatchObject({ 'rpm:s': 1, 'tpm:s': 90 });
    const waiting = limiter.acquire({ scope: 's', tokens: 20 });
    expect(limiter.snapshot().queued).toBe(1);
    await first?.settle({ tokens: 10 });
    await expect(waiting).resolves.toMatchObject({ waitedOn: 'tpm:s' });
    expect(used(limiter)).toMatchObject({ 'rpm:s': 2, 'tpm:s': 30 });
  });

  it('never overtakes a waiter on its limits, and admits on other limits meanwhile', async () => {
    const limiter = createLimiter({
      limits: { s: { rpm: 2, tpm: 100 }, t: { rpm: 1 } },
      store: memoryStore(),
    });
    limiter.acquireNow({ scope: 's', tokens: 90 });
    const waiting = limiter.acquire({ scope: 's', tokens: 20 });
    // A call of 5 tokens would fit, but one waits ahead of it on the same limits.
    expect(limiter.acquireNow({ scope: 's', tokens: 5 })).toBeUndefined();
    expect(limiter.acquireNow({ scope: 't' })).toBeDefined();
    expect(used(limiter)).toMatchObject({ 'rpm:s': 1, 'tpm:s': 90, 'rpm:t': 1 });
    await limiter.close();
    await expect(waiting).rejects.toBeInstanceOf(LimiterClosedError);
  });

  it('answers undefined for a demand that can never fit, and acquire says why', async () => {
    const limiter = createLimiter({
      limits: { s: { tpm: 100 } },
      budgets: [{ id: 'daily', amount: '1', currency: 'USD', per: 'day', onExceed: 'reject' }],
      store: memoryStore(),
    });
    expect(limiter.acquireNow({ scope: 's', tokens: 101 })).toBeUndefined();
    await expect(limiter.acquire({ scope: 's', tokens: 101 })).rejects.toBeInstanceOf(DemandTooLargeError);
    const cost = { amount: '0.75', currency: 'USD' } as const;
    expect(limiter.acquireNow({ scope: 's', cost })).toBeDefined();
    expect(limiter.acquireNow({ scope: 's', cost })).toBeUndefined();
    await expect(limiter.acquire({ scope: 's', cost })).rejects.toBeInstanceOf(BudgetExceededError);
    expect(limiter.snapshot().dimensions['budget:daily:default']).toMatchObject({ used: 750_000_000 });
  });

  it('throws a bad demand and a closed limiter synchronously, as acquire rejects with them', async () => {
    const limiter = createLimiter({ limits: { s: { rpm: 10 } }, store: memoryStore() });
    expect(() => limiter.acquireNow({ scope: 's', tokens: -1 })).toThrow(InvalidDemandError);
    expect(() => limiter.acquireNow(null as never)).toThrow(InvalidDemandError);
    await limiter.close();
    expect(() => limiter.acquireNow({ scope: 's' })).toThrow(LimiterClosedError);
  });

  it('answers undefined, holding nothing, from a store that decides only later', async () => {
    // Spread, a memory store keeps its asynchronous methods and loses its synchronous ones.
    const store: LimiterStore = { ...memoryStore() };
    const limiter = createLimiter({ limits: { s: { rpm: 10 } }, store });
    expect(limiter.acquireNow({ scope: 's' })).toBeUndefined();
    expect((await limiter.refresh()).dimensions['rpm:s']?.used).toBe(0);
    const lease = limiter.acquireNow({ scope: 's' }) ?? (await limiter.acquire({ scope: 's' }));
    expect(lease.demand).toEqual({ scope: 's' });
    expect((await limiter.refresh()).dimensions['rpm:s']?.used).toBe(1);
  });
});
