import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { DemandTooLargeError } from './errors/demand-too-large-error.js';
import { memoryStore } from './stores/memory-store.js';

const text = { scope: 'text:MiniMax-M2', tokens: 100 };

function fresh(limits = { 'text:MiniMax-M2': { rpm: 3, tpm: 1000 } }) {
  return createLimiter({ limits, guardMs: 0, store: memoryStore({ now: Date.now }) });
}

describe('createLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('admits at once while there is room, then waits for the window to free', async () => {
    const limiter = fresh();
    const admitted: number[] = [];
    const started = Date.now();
    const all = Array.from({ length: 5 }, () =>
      limiter.acquire(text).then(() => admitted.push(Date.now() - started)),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toEqual([0, 0, 0]);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(admitted).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(all);
    expect(admitted).toEqual([0, 0, 0, 60_000, 60_000]);
  });

  it('serves waiters first in, first out — a large request is not overtaken by small ones', async () => {
    const limiter = fresh({ 'text:MiniMax-M2': { rpm: 100, tpm: 1000 } });
    await limiter.acquire({ ...text, tokens: 900 });
    const order: string[] = [];
    const big = limiter.acquire({ ...text, tokens: 800 }).then(() => order.push('big'));
    const small = limiter.acquire({ ...text, tokens: 50 }).then(() => order.push('small'));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([]); // 50 would fit now, but the big one is ahead
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all([big, small]);
    expect(order).toEqual(['big', 'small']);
  });

  it('lets higher priorities go first, and ages waiters so none starves', async () => {
    const limiter = createLimiter({
      limits: { s: { rpm: 1 } },
      guardMs: 0,
      agingMs: 10_000,
      store: memoryStore({ now: Date.now }),
    });
    await limiter.acquire({ scope: 's' });
    const order: string[] = [];
    const low = limiter.acquire({ scope: 's' }, { priority: 0 }).then(() => order.push('low'));
    await vi.advanceTimersByTimeAsync(50_000); // low has aged 5 priority points
    const high = limiter.acquire({ scope: 's' }, { priority: 3 }).then(() => order.push('high'));
    const urgent = limiter.acquire({ scope: 's' }, { priority: 9 }).then(() => order.push('urgent'));
    await vi.advanceTimersByTimeAsync(190_000);
    await Promise.all([low, high, urgent]);
    expect(order).toEqual(['urgent', 'low', 'high']);
  });

  it('cancels a wait on abort and holds nothing for it', async () => {
    const limiter = fresh({ 'text:MiniMax-M2': { rpm: 1, tpm: 1000 } });
    await limiter.acquire(text);
    const aborter = new AbortController();
    const waiting = limiter.acquire(text, { signal: aborter.signal });
    const next = limiter.acquire(text);
    aborter.abort(new Error('not needed'));
    await expect(waiting).rejects.toThrow('not needed');
    expect(limiter.snapshot().queued).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    await next;
    expect(limiter.snapshot().dimensions['rpm:text:MiniMax-M2']?.used).toBe(1);
    await expect(limiter.acquire(text, { signal: AbortSignal.abort() })).rejects.toBeDefined();
  });

  it('settles reservations: a refund lets a waiter in at once', async () => {
    const limiter = fresh();
    const lease = await limiter.acquire({ ...text, tokens: 900 });
    let admitted = false;
    const waiting = limiter.acquire({ ...text, tokens: 500 }).then(() => {
      admitted = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toBe(false);
    await lease.settle({ tokens: 300 });
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.used).toBe(800);
  });

  it('holds a CONN slot until release, and frees it on release', async () => {
    const limiter = createLimiter({ limits: { music: { conn: 1 } }, store: memoryStore({ now: Date.now }) });
    const first = await limiter.acquire({ scope: 'music', conn: true });
    let second = false;
    const waiting = limiter.acquire({ scope: 'music', conn: true }).then((lease) => {
      second = true;
      return lease;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(second).toBe(false);
    await first.release();
    await first.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toBe(true);
    expect(limiter.snapshot().dimensions['conn:music']?.used).toBe(1);
    await (await waiting).release();
    expect(limiter.snapshot().dimensions['conn:music']?.used).toBe(0);
  });

  it('never waits in tryAcquire, and says when to retry', async () => {
    const limiter = fresh({ 'text:MiniMax-M2': { rpm: 1, tpm: 1000 } });
    expect((await limiter.tryAcquire(text)).ok).toBe(true);
    vi.advanceTimersByTime(15_000);
    expect(await limiter.tryAcquire(text)).toEqual({
      ok: false,
      retryAfterMs: 45_000,
      blockedBy: 'rpm:text:MiniMax-M2',
    });
  });

  it('refuses at once what can never fit', async () => {
    const limiter = fresh();
    await expect(limiter.acquire({ ...text, tokens: 1001 })).rejects.toBeInstanceOf(DemandTooLargeError);
    await expect(limiter.acquire({ ...text, tokens: 1001 })).rejects.toMatchObject({
      code: 'DEMAND_TOO_LARGE',
      dimension: 'tpm:text:MiniMax-M2',
    });
    await expect(limiter.tryAcquire({ ...text, tokens: 5000 })).rejects.toThrow(/lower max_tokens/);
  });

  it('pauses a scope when MiniMax refuses anyway, instead of letting every request retry', async () => {
    const limiter = fresh({ 'text:MiniMax-M2': { rpm: 100, tpm: 100_000 } });
    await limiter.acquire(text);
    vi.advanceTimersByTime(10_000);
    await limiter.reportRejection(text, 'rpm');
    expect(limiter.snapshot().dimensions['rpm:text:MiniMax-M2']?.pausedUntil).toBe(Date.now() + 50_000);
    let admitted = false;
    const waiting = limiter.acquire(text).then(() => {
      admitted = true;
    });
    await vi.advanceTimersByTimeAsync(49_999);
    expect(admitted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    await limiter.reportRejection(text, 'tpm', 5_000);
    expect(limiter.snapshot().dimensions['tpm:text:MiniMax-M2']?.pausedUntil).toBe(Date.now() + 5_000);
  });

  it('tells subscribers about changes, batched', async () => {
    const limiter = fresh();
    const seen: number[] = [];
    const stop = limiter.subscribe((snapshot) =>
      seen.push(snapshot.dimensions['rpm:text:MiniMax-M2']?.used ?? 0),
    );
    await limiter.acquire(text);
    await limiter.acquire(text);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)).toBe(2);
    stop();
    await limiter.acquire(text);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)).toBe(2);
  });

  it('applies the documented limits of the region and tier', async () => {
    const limiter = createLimiter({
      region: 'cn',
      tier: 'free',
      guardMs: 0,
      store: memoryStore({ now: Date.now }),
    });
    for (let i = 0; i < 5; i++) expect((await limiter.tryAcquire({ scope: 'video' })).ok).toBe(true);
    expect((await limiter.tryAcquire({ scope: 'video' })).ok).toBe(false);
    expect(limiter.dimensionsOf({ scope: 'music', conn: true }).map((d) => `${d.id}=${d.limit}`)).toEqual([
      'rpm:music=6',
      'conn:music=3',
    ]);
    expect(
      limiter.dimensionsOf({ scope: 'text:MiniMax-M2.7', tokens: 5 }).map((d) => `${d.id}=${d.limit}`),
    ).toEqual(['rpm:text:MiniMax-M2.7=20', 'tpm:text:MiniMax-M2.7=1000000']);
  });

  it('shows every limit it will enforce at 0 in its first snapshot, before any traffic', () => {
    const limiter = createLimiter({ region: 'global', tier: 'paid', limits: { custom: { rpm: 7 } } });
    const { dimensions } = limiter.snapshot();
    const shown = (scope: string) =>
      Object.entries(dimensions)
        .filter(([id]) => id.endsWith(`:${scope}`))
        .map(([id, use]) => `${id}=${use.used}/${use.limit}`);
    expect(shown('text:MiniMax-M2-Stable')).toEqual([
      'rpm:text:MiniMax-M2-Stable=0/500',
      'tpm:text:MiniMax-M2-Stable=0/20000000',
    ]);
    expect(shown('music')).toEqual(['rpm:music=0/120', 'conn:music=0/20']);
    expect(shown('custom')).toEqual(['rpm:custom=0/7']);
  });
});
