import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from './create-limiter.js';
import type { Lease } from './limiter.js';
import { chaosStore, type StoreEvent } from './stores/__fixtures__/chaos-store.js';
import { memoryStore } from './stores/memory-store.js';

const W = 60_000;
const limits = { s: { rpm: 5, tpm: 1000, conn: 2 } };
// Long enough that no lease lapses in a run: a leaked one would show.
const leaseMs = 10 * 60_000;

const task = fc.record({
  start: fc.integer({ min: 0, max: 120_000 }),
  tokens: fc.integer({ min: 0, max: 600 }),
  conn: fc.boolean(),
  tries: fc.boolean(),
  abortAfter: fc.option(fc.integer({ min: 0, max: 60_000 })),
  work: fc.integer({ min: 0, max: 5_000 }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Replays what the store applied, in its order, checking every limit at every admission. */
function checkWindows(events: readonly StoreEvent[]) {
  const admitted: { at: number; lease: string; tokens: number; conn: boolean; released: boolean }[] = [];
  for (const event of events) {
    const entry = admitted.find((a) => a.lease === event.lease);
    if (event.op === 'settle' && entry) entry.tokens = event.amount;
    if (event.op === 'release' && entry) entry.released = true;
    if (event.op !== 'admit') continue;
    const tokens = event.dims.find((d) => d.id === 'tpm:s')?.amount ?? 0;
    const conn = event.dims.some((d) => d.kind === 'conn');
    admitted.push({ at: event.at, lease: event.lease, tokens, conn, released: false });
    const window = admitted.filter((a) => a.at > event.at - W);
    expect(window.length).toBeLessThanOrEqual(limits.s.rpm);
    expect(window.reduce((sum, a) => sum + a.tokens, 0)).toBeLessThanOrEqual(limits.s.tpm);
    expect(admitted.filter((a) => a.conn && !a.released).length).toBeLessThanOrEqual(limits.s.conn);
  }
  return admitted;
}

describe('limiter invariants under random aborts, store delays and store failures', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never goes over any limit in any window, and leaks nothing once everything has settled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(task, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 20 }),
        fc
          .array(fc.boolean(), { minLength: 1, maxLength: 20 })
          .map((f) => f.map((fail, i) => fail && i % 3 === 0)),
        async (tasks, delays, failures) => {
          const store = chaosStore(memoryStore({ now: Date.now }), { delays, failures });
          const limiter = createLimiter({ limits, guardMs: 0, leaseMs, store });
          const handed = new Set<string>();
          let finished = 0;
          let lateLeases = 0;
          const runs = tasks.map(async (t) => {
            await new Promise((resolve) => setTimeout(resolve, t.start));
            const demand = { scope: 's', tokens: t.tokens, conn: t.conn };
            const aborter = new AbortController();
            if (t.abortAfter !== null) setTimeout(() => aborter.abort(new Error('gave up')), t.abortAfter);
            let lease: Lease | undefined;
            try {
              if (t.tries) {
                const result = await limiter.tryAcquire(demand);
                lease = result.ok ? result.lease : undefined;
              } else {
                lease = await limiter.acquire(demand, { signal: aborter.signal });
                // An abort that came first wins: a lease after it is one nobody asked for.
                if (aborter.signal.aborted) lateLeases++;
              }
              if (!lease) return;
              handed.add(lease.id);
              await new Promise((resolve) => setTimeout(resolve, t.work));
              await lease.settle({ tokens: Math.floor(t.tokens * t.share) });
            } catch {
              // aborted, or the store failed
            } finally {
              await lease?.release().catch(() => {});
              finished++;
            }
          });
          await vi.advanceTimersByTimeAsync(400_000);
          // Nobody is stuck: every task has finished, admitted, refused or aborted.
          expect(finished).toBe(tasks.length);
          expect(lateLeases).toBe(0);
          await Promise.all(runs);
          const admitted = checkWindows(store.events);
          // Nothing leaked: nobody waits, no CONN slot is held, and every admission nobody was
          // handed (its caller left while the store decided) was given back.
          expect(limiter.snapshot().queued).toBe(0);
          expect(admitted.filter((a) => a.conn && !a.released)).toEqual([]);
          for (const a of admitted.filter((entry) => !handed.has(entry.lease))) expect(a.tokens).toBe(0);
          await limiter.close();
        },
      ),
      { numRuns: 150 },
    );
  }, 180_000);
});
