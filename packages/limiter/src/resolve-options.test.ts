import { describe, expect, it, vi } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { LimiterOptionsError } from './errors/limiter-options-error.js';
import type { LimiterOptions } from './limiter.js';
import { memoryStore } from './stores/memory-store.js';

const limits = { s: { rpm: 5, conn: 1 } };

describe('createLimiter options', () => {
  it.each<[string, LimiterOptions]>([
    ['guardMs', { guardMs: -60_000 }],
    ['guardMs', { guardMs: Number.NaN }],
    ['timeScale', { timeScale: -1 }],
    ['timeScale', { timeScale: Number.NaN }],
    ['timeScale', { timeScale: 0 }],
    ['leaseMs', { leaseMs: 0 }],
    ['leaseMs', { leaseMs: 2 ** 31 }],
    ['agingMs', { agingMs: Number.NaN }],
    ['dayOffsetMinutes', { dayOffsetMinutes: Number.POSITIVE_INFINITY }],
    ['region', { region: 'mars' as never }],
    ['tier', { tier: 'gold' as never }],
    ['key', { key: '' }],
    ['limits.s.rpm', { limits: { s: { rpm: Number.NaN } } }],
    ['limits.s.tpm', { limits: { s: { tpm: -1 } } }],
    ['plan.windowRequests', { plan: { windowRequests: Number.NaN } }],
    ['plan.daily.image-01', { plan: { daily: { 'image-01': -5 } } }],
    ['regoin', { regoin: 'cn' } as never],
  ])('refuses %s = %o with a typed error that names it', (option, options) => {
    const create = () => createLimiter({ limits, ...options });
    expect(create).toThrow(LimiterOptionsError);
    expect(create).toThrow(expect.objectContaining({ option, code: 'LIMITER_OPTIONS' }));
  });

  it('names every option it knows when given one it does not, and lets an unknown one left undefined pass', () => {
    expect(() => createLimiter({ limits, regoin: 'cn' } as never)).toThrow(
      'The limiter option regoin is "cn": use one of createLimiter\'s options (region, tier, limits,',
    );
    expect(createLimiter({ limits, extra: undefined } as never).config.region).toBe('global');
  });

  it('keeps messages short, whatever the value', () => {
    try {
      createLimiter({ key: 'x'.repeat(100_000), guardMs: 'y'.repeat(100_000) as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LimiterOptionsError);
      expect((error as Error).message.length).toBeLessThan(200);
    }
  });

  it('no longer lets everything through on a negative guard or time scale, or a zero lease', async () => {
    // What these options did before they were checked: 50 of 50 admitted against rpm 5 or conn 1.
    for (const options of [{ guardMs: -60_000 }, { timeScale: -1 }, { leaseMs: 0 }])
      expect(() => createLimiter({ limits, ...options })).toThrow(LimiterOptionsError);
    const limiter = createLimiter({ limits, guardMs: 0 });
    let admitted = 0;
    for (let i = 0; i < 50; i++) if ((await limiter.tryAcquire({ scope: 's', conn: true })).ok) admitted++;
    expect(admitted).toBe(1);
  });

  it('waits out a wake-up further off than a timer can wait, instead of asking again every millisecond', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const store = memoryStore({ now: Date.now });
      let asked = 0;
      const counting = {
        ...store,
        acquire: (...args: Parameters<typeof store.acquire>) => {
          asked++;
          return store.acquire(...args);
        },
      };
      // A week scaled ×10 is 70 days: more than setTimeout's 24.8.
      const limiter = createLimiter({ plan: { weeklyRequests: 1 }, timeScale: 10, store: counting });
      await limiter.acquire({ planRequests: 1 });
      const waiting = limiter.acquire({ planRequests: 1 });
      waiting.catch(() => {});
      await vi.advanceTimersByTimeAsync(10_000);
      expect(asked).toBeLessThanOrEqual(3);
      await vi.advanceTimersByTimeAsync(2 ** 31);
      expect(asked).toBeLessThanOrEqual(4); // woke once at the longest delay, asked, waits on
      await limiter.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
