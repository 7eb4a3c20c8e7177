import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { memoryStore } from './stores/memory-store.js';

describe('the fast path (a store that decides at once, nobody waiting)', () => {
  it('admits before the caller awaits: the window holds the lease at once', async () => {
    const limiter = createLimiter({ limits: { s: { rpm: 10, tpm: 100 } }, store: memoryStore() });
    const pending = limiter.acquire({ scope: 's', tokens: 40 });
    expect(limiter.snapshot().dimensions).toMatchObject({ 'rpm:s': { used: 1 }, 'tpm:s': { used: 40 } });
    const lease = await pending;
    await lease.settle({ tokens: 15 });
    expect(limiter.snapshot().dimensions['tpm:s']?.used).toBe(15);
  });

  it('never overtakes a waiter on its limits, but lets others through at once', async () => {
    const limiter = createLimiter({ limits: { s: { rpm: 1 }, t: { rpm: 1 } }, store: memoryStore() });
    await limiter.acquire({ scope: 's' });
    const order: string[] = [];
    const waiting = [
      limiter.acquire({ scope: 's' }).then(() => order.push('second s')),
      limiter.acquire({ scope: 's' }, { priority: 10 }).then(() => order.push('third s')),
    ];
    expect(limiter.snapshot().queued).toBe(2);
    const other = limiter.acquire({ scope: 't' });
    expect(limiter.snapshot()).toMatchObject({ queued: 2, dimensions: { 'rpm:t': { used: 1 } } });
    await other;
    expect(order).toEqual([]);
    await limiter.close();
    expect((await Promise.allSettled(waiting)).map((w) => w.status)).toEqual(['rejected', 'rejected']);
  });

  it('waits like anyone else when the store refuses', async () => {
    let now = 0;
    const limiter = createLimiter({
      limits: { s: { rpm: 1 } },
      guardMs: 0,
      store: memoryStore({ now: () => now }),
    });
    await limiter.acquire({ scope: 's' });
    const aborter = new AbortController();
    const waiting = limiter.acquire({ scope: 's' }, { signal: aborter.signal });
    expect(limiter.snapshot().queued).toBe(1);
    now = 60_000;
    aborter.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    expect((await limiter.tryAcquire({ scope: 's' })).ok).toBe(true);
  });
});
