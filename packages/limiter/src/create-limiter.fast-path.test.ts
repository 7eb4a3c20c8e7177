import { describe, expect, it, vi } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { memoryStore } from './stores/memory-store.js';
import type { LimiterStore } from './stores/store.js';

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

  const budgets = [{ id: 'daily', amount: '1', currency: 'USD', per: 'day' }] as const;
  const cost = { amount: '0.25', currency: 'USD' } as const;

  it('settles and frees in the memory store at once: the cost is spent and the CONN slot free before release is awaited', async () => {
    const limiter = createLimiter({
      limits: { s: { rpm: 10, conn: 1 } },
      budgets: [...budgets],
      store: memoryStore(),
    });
    const lease = await limiter.acquire({ scope: 's', conn: true, cost });
    const waiter = limiter.acquire({ scope: 's', conn: true });
    expect(limiter.snapshot()).toMatchObject({ queued: 1, dimensions: { 'conn:s': { used: 1 } } });
    const released = lease.release();
    expect(limiter.snapshot().dimensions).toMatchObject({
      'conn:s': { used: 0 },
      'budget:daily:default': { used: 250_000_000, reserved: 0 },
    });
    await released;
    await (await waiter).release();
    expect(limiter.snapshot()).toMatchObject({ queued: 0, dimensions: { 'conn:s': { used: 0 } } });
  });

  it('leaves settling and freeing to a store built on a memory store that writes its own way', async () => {
    const base = memoryStore();
    const writes: string[] = [];
    const store = Object.create(base, {
      settle: {
        value: (...args: Parameters<LimiterStore['settle']>) => {
          writes.push('settle');
          return base.settle(...args);
        },
      },
      release: {
        value: (...args: Parameters<LimiterStore['release']>) => {
          writes.push('release');
          return base.release(...args);
        },
      },
    }) as LimiterStore;
    const limiter = createLimiter({ limits: { s: { tpm: 100, conn: 1 } }, budgets: [...budgets], store });
    const lease = await limiter.acquire({ scope: 's', tokens: 40, conn: true, cost });
    await lease.settle({ tokens: 10 });
    await lease.release();
    expect(writes).toEqual(['settle', 'settle', 'release']);
    expect(limiter.snapshot().dimensions).toMatchObject({ 'tpm:s': { used: 10 }, 'conn:s': { used: 0 } });
  });

  it('decides through acquire when a store built on a memory store replaces it', async () => {
    const base = memoryStore();
    const asked: string[] = [];
    const store = Object.create(base, {
      acquire: {
        value: (...args: Parameters<LimiterStore['acquire']>) => {
          asked.push(args[2]);
          return base.acquire(...args);
        },
      },
    }) as LimiterStore;
    const limiter = createLimiter({ limits: { s: { rpm: 10, conn: 1 } }, store });
    expect(limiter.acquireNow({ scope: 's', conn: true })).toBeUndefined();
    const lease = await limiter.acquire({ scope: 's', conn: true });
    expect(asked).toEqual([lease.id]);
    expect((await limiter.refresh()).dimensions['conn:s']?.used).toBe(1);
  });

  it('calls settle and release when they were replaced on the memory store itself, as a spy does', async () => {
    const store = memoryStore();
    const limiter = createLimiter({ limits: { s: { tpm: 100, conn: 1 } }, budgets: [...budgets], store });
    const settle = vi.spyOn(store, 'settle');
    const release = vi.spyOn(store, 'release');
    const lease = await limiter.acquire({ scope: 's', tokens: 40, conn: true, cost });
    await lease.settle({ tokens: 10 });
    await lease.release();
    expect([settle.mock.calls.length, release.mock.calls.length]).toEqual([2, 1]);
    expect(limiter.snapshot().dimensions).toMatchObject({ 'tpm:s': { used: 10 }, 'conn:s': { used: 0 } });
  });

  it('frees and wakes the next caller even when a store written in JavaScript answers release with nothing', async () => {
    const base = memoryStore();
    const release = (key: string, lease: string, dims: never) => void base.release(key, lease, dims);
    const store = { ...base, release } as unknown as LimiterStore;
    const limiter = createLimiter({ limits: { s: { conn: 1 } }, store });
    const lease = await limiter.acquire({ scope: 's', conn: true });
    const next = limiter.acquire({ scope: 's', conn: true });
    await expect(lease.release()).resolves.toBeUndefined();
    await expect(next).resolves.toMatchObject({ demand: { scope: 's' } });
  });
});
