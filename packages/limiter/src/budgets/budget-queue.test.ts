import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';

const usd = (amount: string) => ({ amount, currency: 'USD' as const });

// Every call draws on a budget, so a budget must not line calls up behind one that waits for
// something else: FIFO holds per rate limit, not per budget.
describe('a budget in the wait queue', () => {
  const limiterWith = (onExceed: 'wait' | 'reject') => {
    let t = Date.UTC(2026, 11, 2, 12);
    const limiter = createLimiter({
      store: memoryStore({ now: () => t }),
      limits: { chat: { rpm: 1 }, image: { rpm: 10 } },
      budgets: [{ id: 'daily', amount: '1', currency: 'USD', per: 'day', onExceed }],
      guardMs: 0,
    });
    return { limiter, advance: (ms: number) => (t += ms) };
  };

  it.each(['wait', 'reject'] as const)(
    'admits a call whose own limits have room while another waits on its RPM (onExceed %s)',
    async (onExceed) => {
      const { limiter } = limiterWith(onExceed);
      await limiter.acquire({ scope: 'chat', cost: usd('0.1') });
      let second = false;
      const waiting = limiter.acquire({ scope: 'chat', cost: usd('0.1') }).then((lease) => {
        second = true;
        return lease;
      });
      // Not behind the chat call: only the budget is shared, and it has room.
      const image = await limiter.acquire({ scope: 'image', cost: usd('0.1') });
      expect(image).toBeDefined();
      expect((await limiter.tryAcquire({ scope: 'image', cost: usd('0.1') })).ok).toBe(true);
      // A second chat call still waits its turn behind the first on the chat RPM.
      expect(await limiter.tryAcquire({ scope: 'chat', cost: usd('0.1') })).toMatchObject({
        ok: false,
        blockedBy: 'rpm:chat',
      });
      expect(second).toBe(false);
      await limiter.close();
      await waiting.catch(() => {});
    },
  );

  it('lets a call that fits what is left go before a larger one waiting on the budget', async () => {
    const { limiter } = limiterWith('wait');
    await limiter.acquire({ scope: 'image', cost: usd('0.7') });
    let admitted = false;
    const large = limiter.acquire({ scope: 'image', cost: usd('0.5') }).then(() => (admitted = true));
    // The money is there for a small call: it does not wait for the large one's next day.
    await expect(limiter.acquire({ scope: 'image', cost: usd('0.2') })).resolves.toBeDefined();
    expect(admitted).toBe(false);
    expect(limiter.snapshot().budgets[0]).toMatchObject({ reserved: '0.9', remaining: '0.1' });
    await limiter.close();
    await large.catch(() => {});
  });

  it('asks a call waiting for money again when money comes back, while another waits for its RPM', async () => {
    const { limiter } = limiterWith('wait');
    await limiter.acquire({ scope: 'chat', cost: usd('0.1') });
    const chat = limiter.acquire({ scope: 'chat', cost: usd('0.1') }); // waits a minute for the chat RPM
    const big = await limiter.acquire({ scope: 'image', cost: usd('0.7') });
    const image = limiter.acquire({ scope: 'image', cost: usd('0.5') }); // waits for money
    await big.settle({ cost: '0.1' }); // 0.6 comes back
    await expect(image).resolves.toBeDefined();
    await limiter.close();
    await chat.catch(() => {});
  });
});
