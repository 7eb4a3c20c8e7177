import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLimiter, type Lease } from './create-limiter.js';
import { memoryStore } from './stores/memory-store.js';

const W = 60_000;
const limits = { s: { rpm: 5, tpm: 1000, conn: 2 } };
const leaseMs = 30_000;

/** An operation of a random workload: wait, try a request, settle, release. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 30_000 }) }),
  fc.record({
    op: fc.constant('try' as const),
    tokens: fc.integer({ min: 1, max: 600 }),
    conn: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('settle' as const),
    pick: fc.nat(),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ op: fc.constant('release' as const), pick: fc.nat() }),
);

interface Admitted {
  at: number;
  tokens: number;
  conn: boolean;
  lease: Lease;
  released?: number;
}

/** What each dimension holds, leaving out empty ones. */
const used = (dimensions: Record<string, { used: number }>) =>
  Object.fromEntries(
    Object.entries(dimensions)
      .filter(([, usage]) => usage.used > 0)
      .map(([id, usage]) => [id, usage.used]),
  );

function windowSum(admitted: Admitted[], at: number, value: (entry: Admitted) => number) {
  return admitted
    .filter((entry) => entry.at > at - W && entry.at <= at)
    .reduce((total, entry) => total + value(entry), 0);
}

describe('limiter properties, checked by an independent oracle', () => {
  it('never lets any window hold more than its limit, nor more leases than CONN; a refusal writes nothing; settles are exact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 80 }), async (operations) => {
        let now = 0;
        const limiter = createLimiter({
          limits,
          guardMs: 0,
          leaseMs,
          store: memoryStore({ now: () => now }),
        });
        const admitted: Admitted[] = [];
        for (const step of operations) {
          if (step.op === 'wait') now += step.ms;
          if (step.op === 'try') {
            const before = used(limiter.snapshot().dimensions);
            const result = await limiter.tryAcquire({ scope: 's', tokens: step.tokens, conn: step.conn });
            if (result.ok)
              admitted.push({ at: now, tokens: step.tokens, conn: step.conn, lease: result.lease });
            else expect(used(limiter.snapshot().dimensions)).toEqual(before);
          }
          const entry = admitted[((step as { pick?: number }).pick ?? 0) % Math.max(1, admitted.length)];
          if (step.op === 'settle' && entry) {
            // Actual usage never exceeds the reservation (input + max output).
            entry.tokens = Math.floor(entry.tokens * step.share);
            await entry.lease.settle({ tokens: entry.tokens });
          }
          if (step.op === 'release' && entry && entry.released === undefined) {
            entry.released = now;
            await entry.lease.release();
          }
          // The oracle's view of every window ending now, and of the leases held now.
          expect(windowSum(admitted, now, () => 1)).toBeLessThanOrEqual(limits.s.rpm);
          expect(windowSum(admitted, now, (e) => e.tokens)).toBeLessThanOrEqual(limits.s.tpm);
          const held = admitted.filter(
            (e) => e.conn && e.released === undefined && e.at + leaseMs > now,
          ).length;
          expect(held).toBeLessThanOrEqual(limits.s.conn);
          // Settled totals are exact: the limiter's TPM use is the oracle's.
          const tpm = limiter.snapshot().dimensions['tpm:s']?.used ?? 0;
          expect(tpm).toBe(windowSum(admitted, now, (e) => e.tokens));
        }
      }),
      { numRuns: 200 },
    );
  });

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
            const signal = task.abortAfter === null ? undefined : AbortSignal.timeout(task.abortAfter);
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
