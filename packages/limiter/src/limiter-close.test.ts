import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { LimiterClosedError } from './errors/limiter-closed-error.js';
import { memoryStore } from './stores/memory-store.js';
import type { LimiterStore } from './stores/store.js';

const limits = { s: { rpm: 1, conn: 1 } };

describe('limiter.close()', () => {
  it('rejects every waiter with LimiterClosedError, and every later acquire', async () => {
    const limiter = createLimiter({ limits });
    const held = await limiter.acquire({ scope: 's', conn: true });
    const waiting = limiter.acquire({ scope: 's', conn: true });
    expect(limiter.snapshot().queued).toBe(1);
    await limiter.close();
    await expect(waiting).rejects.toBeInstanceOf(LimiterClosedError);
    await expect(waiting).rejects.toMatchObject({ code: 'LIMITER_CLOSED', closed: 'limiter' });
    expect(limiter.snapshot().queued).toBe(0);
    await expect(limiter.acquire({ scope: 's' })).rejects.toBeInstanceOf(LimiterClosedError);
    await expect(limiter.tryAcquire({ scope: 's' })).rejects.toBeInstanceOf(LimiterClosedError);
    await held.release(); // a lease held before the close stays valid
  });

  it('can be called twice, and by `await using`', async () => {
    const limiter = createLimiter({ limits });
    await limiter.close();
    await expect(limiter.close()).resolves.toBeUndefined();
    const disposed = createLimiter({ limits });
    await disposed[Symbol.asyncDispose]();
    await expect(disposed.acquire({ scope: 's' })).rejects.toThrow(/has been closed/);
  });

  it('gives back its store subscription, and leaves the store to whoever else uses it', async () => {
    const store = memoryStore();
    const subscriptions = new Set<() => void>();
    const watched: LimiterStore = {
      ...store,
      subscribe(_key, listener) {
        subscriptions.add(listener);
        return () => subscriptions.delete(listener);
      },
    };
    const first = createLimiter({ limits, store: watched });
    const second = createLimiter({ limits, store: watched });
    expect(subscriptions.size).toBe(2);
    await first.close();
    expect(subscriptions.size).toBe(1);
    expect((await second.tryAcquire({ scope: 's' })).ok).toBe(true);
  });

  it('does not hand out a lease the store granted while it was closing', async () => {
    const store = memoryStore();
    let grant: () => void = () => {};
    const granted = new Promise<void>((resolve) => {
      grant = resolve;
    });
    const released: string[] = [];
    const slow: LimiterStore = {
      ...store,
      acquire: async (key, dims, lease) => {
        await granted;
        return store.acquire(key, dims, lease);
      },
      release: (key, lease, dims) => {
        released.push(lease);
        return store.release(key, lease, dims);
      },
    };
    const limiter = createLimiter({ limits, store: slow });
    const acquiring = limiter.acquire({ scope: 's', conn: true });
    await limiter.close();
    grant();
    await expect(acquiring).rejects.toBeInstanceOf(LimiterClosedError);
    expect(released).toHaveLength(1);
  });
});
