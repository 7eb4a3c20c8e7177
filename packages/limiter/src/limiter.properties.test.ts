import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLimiter, type Lease } from './create-limiter.js';
import { memoryStore } from './stores/memory-store.js';

describe('limiter properties under aborts', () => {
  it('never leaks a slot when waits are aborted and holders throw', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            abortAfter: fc.option(fc.integer({ min: 0, max: 5000 })),
            work: fc.integer({ min: 1, max: 3000 }),
            throws: fc.boolean(),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        async (tasks) => {
          const limiter = createLimiter({
            limits: { m: { conn: 2 } },
            store: memoryStore({ now: Date.now }),
          });
          const runs = tasks.map(async (task) => {
            // An abort on the clock the test moves (AbortSignal.timeout runs on real time).
            const aborter = new AbortController();
            if (task.abortAfter !== null) setTimeout(() => aborter.abort(), task.abortAfter);
            const signal = task.abortAfter === null ? undefined : aborter.signal;
            let lease: Lease | undefined;
            try {
              lease = await limiter.acquire({ scope: 'm', conn: true }, { signal });
              await new Promise((resolve) => setTimeout(resolve, task.work));
              if (task.throws) throw new Error('the holder failed');
            } catch {
              // aborted while waiting, or the work threw
            } finally {
              await lease?.release();
            }
          });
          await vi.advanceTimersByTimeAsync(200_000);
          await Promise.all(runs);
          expect(limiter.snapshot().queued).toBe(0);
          expect(limiter.snapshot().dimensions['conn:m']?.used ?? 0).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });
});

afterEach(() => {
  vi.useRealTimers();
});
