import { tokenPlan } from '@minimax-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { LimiterOptionsError } from './errors/limiter-options-error.js';
import { memoryStore } from './stores/memory-store.js';

const china = (local: string) => Date.parse(`${local}+08:00`);
const text = { scope: 'text:MiniMax-M2', planRequests: 1 };
const settled = async (promise: Promise<unknown>) => {
  let done = false;
  promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

const limiterOn = (now: () => number, peakHours: 'max' | number = 'max', rpm = 100) =>
  createLimiter({
    limits: { 'text:MiniMax-M2': { rpm } },
    guardMs: 0,
    plan: { windowRequests: 1000, peakHours },
    store: memoryStore({ now }),
  });

// A clock that runs in real time from `start`, and can jump.
const setup = (start: string, peakHours: 'max' | number = 'max', rpm = 100) => {
  let offset = china(start) - Date.now();
  const limiter = limiterOn(() => Date.now() + offset, peakHours, rpm);
  const at = (local: string) => {
    offset = china(local) - Date.now();
  };
  return { limiter, at };
};

describe('the peak-hour cap (opt-in)', () => {
  it("reads a tier's cap from core and holds text calls to it on weekdays 15:00–17:30 China time", async () => {
    expect(tokenPlan.peakHours.concurrentAgents.max).toBe(2);
    const { limiter } = setup('2026-11-23T15:10:00'); // a Monday
    const [a] = [await limiter.acquire(text), await limiter.acquire(text)];
    const third = limiter.acquire(text);
    expect(await settled(third)).toBe(false);
    expect(limiter.snapshot().dimensions['plan:peak']).toMatchObject({ used: 2, limit: 2 });
    await a?.release();
    expect(await settled(third)).toBe(true);
    await limiter.close();
  });

  it('counts calls that were already running when peak hours began', async () => {
    const { limiter, at } = setup('2026-11-23T14:59:00');
    const early = await Promise.all([limiter.acquire(text), limiter.acquire(text), limiter.acquire(text)]);
    at('2026-11-23T15:00:00');
    const late = limiter.acquire(text);
    await early[0]?.release();
    expect(await settled(late)).toBe(false); // two still run: the cap is full
    await early[1]?.release();
    expect(await settled(late)).toBe(true);
    await limiter.close();
  });

  it('asks a waiter queued before peak hours with the limits of the moment it is admitted', async () => {
    const { limiter, at } = setup('2026-11-23T14:59:30', 1, 2);
    const held = [await limiter.acquire(text), await limiter.acquire(text)];
    const queued = limiter.acquire(text); // waits for RPM, off-peak
    at('2026-11-23T15:01:00'); // the RPM window has passed, peak hours have begun
    await held[0]?.release();
    expect(await settled(queued)).toBe(false); // one call still runs: the cap of 1 is full
    await held[1]?.release();
    expect(await settled(queued)).toBe(true);
    await limiter.close();
  });

  it('lets waiters go when peak hours end, without a release, wherever in a decision the end falls', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // A clock that moves on by 1 ms at every read, from `before` ms ahead of 17:30: the end of peak
      // hours falls at each step of an arrival and the pass that queues it.
      for (let before = 1; before <= 60; before++) {
        const end = china('2026-11-23T17:30:00');
        const origin = Date.now();
        let reads = 0;
        const limiter = limiterOn(() => end - before + (Date.now() - origin) + reads++, 1);
        await limiter.acquire(text); // held: the cap of 1 is full until 17:30
        let admitted = false;
        void limiter.acquire(text).then(() => {
          admitted = true;
        });
        await vi.advanceTimersByTimeAsync(1000); // far short of the held lease's expiry
        expect({ before, admitted }).toEqual({ before, admitted: true });
        await limiter.close();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves calls uncapped off-peak and at weekends, and media without plan requests alone', async () => {
    const { limiter } = setup('2026-11-28T16:00:00', 1); // a Saturday
    await Promise.all([limiter.acquire(text), limiter.acquire(text), limiter.acquire(text)]);
    expect(limiter.snapshot().dimensions['plan:peak']?.used).toBe(3);
    await limiter.close();
  });

  it('refuses a cap that is neither a plan tier nor a whole number ≥ 1', () => {
    for (const peakHours of ['gold', 0, 1.5, -1, Number.NaN] as never[])
      expect(() => createLimiter({ plan: { windowRequests: 10, peakHours } })).toThrow(LimiterOptionsError);
  });
});
