import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter, type Lease } from '../create-limiter.js';
import { redisStore } from './redis-store.js';

// The memory store's properties, on Redis: real time (Redis TIME), so a "minute" is scaled to 300 ms.
const scale = 0.005;
const W = 60_000 * scale;
const leaseMs = 150;
const limits = { s: { rpm: 5, tpm: 1000, conn: 2 } };

const operation = fc.oneof(
  fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: W / 2 }) }),
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('try' as const),
      tokens: fc.integer({ min: 1, max: 300 }),
      conn: fc.constantFrom(false, false, true),
    }),
  },
  fc.record({
    op: fc.constant('settle' as const),
    pick: fc.nat(),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ op: fc.constant('release' as const), pick: fc.nat() }),
);

interface Admitted {
  at: number;
  step: number;
  tokens: number;
  conn: boolean;
  lease: Lease;
  releasedAtStep?: number;
}

describe('limiter properties on Redis, checked by an independent oracle', () => {
  let server: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await server?.kill();
  });

  it('never lets any window hold more than its limit, nor more leases than CONN; a refusal writes nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 40 }), async (operations) => {
        const store = redisStore({ client });
        const limiter = createLimiter({
          key: `property-${run++}`,
          limits,
          guardMs: 0,
          leaseMs,
          timeScale: scale,
          store,
        });
        const admitted: Admitted[] = [];
        try {
          for (const [step, operation] of operations.entries()) {
            if (operation.op === 'wait') await new Promise((resolve) => setTimeout(resolve, operation.ms));
            if (operation.op === 'try') {
              const before = (await limiter.refresh()).dimensions;
              const result = await limiter.tryAcquire({
                scope: 's',
                tokens: operation.tokens,
                conn: operation.conn,
              });
              if (result.ok) {
                admitted.push({
                  at: result.lease.admittedAt,
                  step,
                  tokens: operation.tokens,
                  conn: operation.conn,
                  lease: result.lease,
                });
              } else {
                // Nothing was written: every use is at most what it was (windows only drain meanwhile).
                const after = (await limiter.refresh()).dimensions;
                for (const [id, usage] of Object.entries(after))
                  expect(usage.used).toBeLessThanOrEqual(before[id]?.used ?? 0);
              }
            }
            const entry =
              admitted[((operation as { pick?: number }).pick ?? 0) % Math.max(1, admitted.length)];
            if (operation.op === 'settle' && entry) {
              entry.tokens = Math.floor(entry.tokens * operation.share);
              await entry.lease.settle({ tokens: entry.tokens });
            }
            if (operation.op === 'release' && entry && entry.releasedAtStep === undefined) {
              entry.releasedAtStep = step;
              await entry.lease.release();
            }
          }
        } finally {
          store.close();
        }
        // The oracle, on Redis's own admission times: every window ending at an admission, and the
        // leases held when it was admitted (released at an earlier step, or lapsed, do not count).
        for (const a of admitted) {
          const window = admitted.filter((e) => e.at > a.at - W && e.at <= a.at);
          expect(window.length).toBeLessThanOrEqual(limits.s.rpm);
          expect(window.reduce((total, e) => total + e.tokens, 0)).toBeLessThanOrEqual(limits.s.tpm);
          if (!a.conn) continue;
          const held = admitted.filter(
            (e) =>
              e.conn &&
              e.step <= a.step &&
              (e.releasedAtStep ?? Number.POSITIVE_INFINITY) > a.step &&
              e.at + leaseMs > a.at,
          );
          expect(held.length).toBeLessThanOrEqual(limits.s.conn);
        }
      }),
      { numRuns: 40 },
    );
  });
});
