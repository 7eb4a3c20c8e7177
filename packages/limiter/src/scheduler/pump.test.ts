import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { delayedStore } from '../stores/__fixtures__/delayed-store.js';
import { memoryStore } from '../stores/memory-store.js';
import type { LimiterStore } from '../stores/store.js';

// 8 callers, each taking a lease and giving it back at once, again and again, for 16 s of a
// clock the test moves; a minute scaled to 6 s, so 40 RPM allows 40 every 6.5 s (with the guard).
async function admissions(store: LimiterStore): Promise<number> {
  const limiter = createLimiter({ limits: { s: { rpm: 40 } }, timeScale: 0.1, store });
  let admitted = 0;
  let running = true;
  const callers = Array.from({ length: 8 }, async () => {
    while (running) {
      const lease = await limiter.acquire({ scope: 's' });
      if (running) admitted++;
      await lease.release();
    }
  });
  for (let t = 0; t < 16_000; t += 100) await vi.advanceTimersByTimeAsync(100);
  running = false;
  await limiter.close();
  await Promise.allSettled(callers);
  return admitted;
}

describe('the pump, with a store that answers later', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loses no wake-up: 1 ms answers admit as many as answers at once', async () => {
    const immediate = await admissions(memoryStore({ now: Date.now }));
    const delayed = await admissions(delayedStore(memoryStore({ now: Date.now }), 1));
    expect(immediate).toBe(120);
    expect(delayed).toBe(immediate);
  });

  it('gives back what the store granted to a waiter aborted while it decided (CONN 1 free again)', async () => {
    const store = delayedStore(memoryStore({ now: Date.now }), 100);
    const limiter = createLimiter({ limits: { m: { conn: 1 } }, store });
    const holder = limiter.acquire({ scope: 'm', conn: true });
    await vi.advanceTimersByTimeAsync(150);
    const held = await holder;
    const aborter = new AbortController();
    let outcome = 'pending';
    const waiting = limiter.acquire({ scope: 'm', conn: true }, { signal: aborter.signal });
    waiting.then(
      () => (outcome = 'lease'),
      () => (outcome = 'aborted'),
    );
    await vi.advanceTimersByTimeAsync(50); // the store is deciding (and will refuse: the slot is held)
    aborter.abort(new Error('gave up'));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('aborted');
    await Promise.all([held.release(), vi.advanceTimersByTimeAsync(200)]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(outcome).toBe('aborted'); // never a lease nobody holds
    const again = await Promise.all([
      limiter.tryAcquire({ scope: 'm', conn: true }),
      vi.advanceTimersByTimeAsync(200),
    ]);
    expect(again[0].ok).toBe(true);
  });

  it('gives back a slot the store granted just as its waiter aborted', async () => {
    const store = delayedStore(memoryStore({ now: Date.now }), 100);
    const limiter = createLimiter({ limits: { m: { conn: 1 } }, store });
    const aborter = new AbortController();
    const waiting = limiter.acquire({ scope: 'm', conn: true }, { signal: aborter.signal });
    waiting.catch(() => {});
    await vi.advanceTimersByTimeAsync(50); // the store is deciding (and will admit)
    aborter.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    await vi.advanceTimersByTimeAsync(1_000);
    const [later] = await Promise.all([
      limiter.tryAcquire({ scope: 'm', conn: true }),
      vi.advanceTimersByTimeAsync(200),
    ]);
    expect(later.ok).toBe(true);
  });

  it('goes on to the next waiters when giving back a grant fails: the grant stays held, nobody else fails', async () => {
    const delayed = delayedStore(memoryStore({ now: Date.now }), 100);
    const store: LimiterStore = {
      ...delayed,
      release: () => Promise.reject(new Error('store gone for a moment')),
    };
    const limiter = createLimiter({ limits: { m: { conn: 1 }, n: { rpm: 10 } }, store });
    const aborter = new AbortController();
    const left = limiter.acquire({ scope: 'm', conn: true }, { signal: aborter.signal });
    left.catch(() => {});
    const next = limiter.acquire({ scope: 'n' });
    await vi.advanceTimersByTimeAsync(50); // the store is deciding the first (and will admit)
    aborter.abort(new Error('gave up'));
    await expect(left).rejects.toThrow('gave up');
    const [lease] = await Promise.all([next, vi.advanceTimersByTimeAsync(500)]);
    expect(lease.demand.scope).toBe('n');
  });
});

describe('aborting many waiters', () => {
  it('costs linear work: 20,000 aborted waiters, without re-sorting or re-asking per abort', async () => {
    const store = memoryStore();
    let decisions = 0;
    const counting: LimiterStore = {
      ...store,
      acquire: (...args) => {
        decisions++;
        return store.acquire(...args);
      },
    };
    const limiter = createLimiter({ limits: { s: { rpm: 1 } }, store: counting });
    await limiter.acquire({ scope: 's' });
    const n = 20_000;
    const aborters = Array.from({ length: n }, () => new AbortController());
    const waiting = aborters.map((aborter) => limiter.acquire({ scope: 's' }, { signal: aborter.signal }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    for (const aborter of aborters) aborter.abort();
    const outcomes = await Promise.allSettled(waiting);
    // Generous: linear work takes milliseconds; quadratic work (a sort per abort) takes minutes.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(decisions).toBeLessThan(n / 10);
    expect(limiter.snapshot().queued).toBe(0);
  }, 120_000);
});
