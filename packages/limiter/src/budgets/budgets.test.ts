import { describe, expect, it } from 'vitest';
import { createLimiter, type LimiterOptions } from '../create-limiter.js';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { memoryStore } from '../stores/memory-store.js';

const usd = (amount: string) => ({ amount, currency: 'USD' as const });

function clocked(budgets: NonNullable<LimiterOptions['budgets']>, extra = {}) {
  let t = Date.UTC(2026, 11, 2, 12);
  const store = memoryStore({ now: () => t });
  const limiter = createLimiter({ store, budgets, guardMs: 0, ...extra });
  return { limiter, advance: (ms: number) => (t += ms), now: () => t };
}

describe('budgets', () => {
  it('reserves the worst case, refuses what does not fit before anything is sent, and settles to the actual cost', async () => {
    const { limiter } = clocked([{ id: 'daily', amount: '1', currency: 'USD', per: 'day' }]);
    const a = await limiter.acquire({ cost: usd('0.4') });
    await limiter.acquire({ cost: usd('0.4') });
    const refused = await limiter.acquire({ cost: usd('0.4') }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BudgetExceededError);
    expect(refused).toMatchObject({
      name: 'BudgetExceededError',
      code: 'BUDGET_EXCEEDED',
      budget: 'daily',
      key: 'default',
      amount: '1',
      spent: '0',
      reserved: '0.8',
      requested: '0.4',
    });
    expect((refused as BudgetExceededError).retryAfterMs).toBe(24 * 3_600_000);
    await a.settle({ cost: '0.1234567891' }); // finer than a sub-unit: rounded up
    expect(limiter.snapshot().budgets).toEqual([
      {
        id: 'daily',
        key: 'default',
        currency: 'USD',
        amount: '1',
        spent: '0.12345679',
        reserved: '0.4',
        remaining: '0.47654321',
        per: 'day',
        calendar: false,
      },
    ]);
    await expect(limiter.acquire({ cost: usd('0.4') })).resolves.toBeDefined();
  });

  it('refuses at once, with retryAfterMs Infinity, a call whose worst case alone exceeds the budget', async () => {
    const { limiter } = clocked([
      { id: 'tiny', amount: '0.01', currency: 'USD', per: 'hour', onExceed: 'wait' },
    ]);
    const error = await limiter.acquire({ cost: usd('0.02') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BudgetExceededError', retryAfterMs: Number.POSITIVE_INFINITY });
    await expect(limiter.tryAcquire({ cost: usd('0.02') })).rejects.toThrow(BudgetExceededError);
  });

  it('queues with onExceed "wait" until a settle makes room', async () => {
    const { limiter } = clocked([{ id: 'h', amount: '1', currency: 'USD', per: 'hour', onExceed: 'wait' }]);
    const first = await limiter.acquire({ cost: usd('0.75') });
    let admitted = false;
    const second = limiter.acquire({ cost: usd('0.5') }).then((lease) => {
      admitted = true;
      return lease;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(admitted).toBe(false);
    expect(limiter.snapshot().queued).toBe(1);
    await first.settle({ cost: '0.25' });
    await second;
    expect(limiter.snapshot().budgets[0]).toMatchObject({
      spent: '0.25',
      reserved: '0.5',
      remaining: '0.25',
    });
  });

  it('releases what a call that failed before billing reserved, and spends the reservation of one whose bill is unknown', async () => {
    const { limiter } = clocked([{ id: 'd', amount: '1', currency: 'USD', per: 'day' }]);
    const failed = await limiter.acquire({ cost: usd('0.3') });
    const unknown = await limiter.acquire({ cost: usd('0.3') });
    await failed.settle({ cost: '0' });
    await failed.release();
    await unknown.release();
    expect(limiter.snapshot().budgets[0]).toMatchObject({ spent: '0.3', reserved: '0', remaining: '0.7' });
  });

  it('keeps the reservation when told an impossible cost', async () => {
    const { limiter } = clocked([{ id: 'd', amount: '1', currency: 'USD', per: 'day' }]);
    const lease = await limiter.acquire({ cost: usd('0.3') });
    for (const cost of ['-0.1', 'NaN', '1e999', 'Infinity', ''] as const) await lease.settle({ cost });
    await lease.settle({ cost: Number.NaN as unknown as string });
    expect(limiter.snapshot().budgets[0]).toMatchObject({ spent: '0', reserved: '0.3' });
  });

  it('frees a rolling budget a window after each reservation, and a calendar one at its period end', async () => {
    const { limiter, advance, now } = clocked(
      [
        { id: 'rolling', amount: '1', currency: 'USD', per: 'hour', onExceed: 'wait' },
        { id: 'month', amount: '3', currency: 'USD', per: 'month', calendar: true },
      ],
      { dayOffsetMinutes: 0 },
    );
    await limiter.acquire({ cost: usd('1') });
    const month = limiter.snapshot().budgets.find((b) => b.id === 'month');
    expect(month?.resetsAt).toBe(Date.UTC(2027, 0, 1));
    advance(3_600_000);
    await limiter.acquire({ cost: usd('1') });
    advance(3_600_000);
    await limiter.acquire({ cost: usd('1') });
    advance(3_600_000);
    await expect(limiter.acquire({ cost: usd('1') })).rejects.toMatchObject({
      budget: 'month',
      retryAfterMs: Date.UTC(2027, 0, 1) - now(),
    });
  });

  it('keeps one budget per tenant, derived by budgetKey', async () => {
    const { limiter } = clocked([{ id: 'd', amount: '1', currency: 'USD', per: 'day' }], {
      budgetKey: (demand: { tenant?: string }) => demand.tenant ?? 'anonymous',
    });
    await limiter.acquire({ cost: usd('1'), tenant: 'alice' });
    await limiter.acquire({ cost: usd('1'), tenant: 'bob' });
    await expect(limiter.acquire({ cost: usd('0.1'), tenant: 'alice' })).rejects.toMatchObject({
      key: 'alice',
    });
    await limiter.acquire({ cost: usd('0.1') });
    expect(limiter.snapshot().budgets.map((b) => [b.key, b.reserved])).toEqual([
      ['alice', '1'],
      ['bob', '1'],
      ['anonymous', '0.1'],
    ]);
  });

  it('checks the same decision as every other limit: a call refused by RPM reserves nothing', async () => {
    const { limiter } = clocked([{ id: 'd', amount: '1', currency: 'USD', per: 'day' }], {
      limits: { s: { rpm: 1 } },
    });
    await limiter.acquire({ scope: 's', cost: usd('0.1') });
    const second = await limiter.tryAcquire({ scope: 's', cost: usd('0.1') });
    expect(second).toMatchObject({ ok: false, blockedBy: 'rpm:s' });
    expect(limiter.snapshot().budgets[0]).toMatchObject({ reserved: '0.1' });
  });
});
