import { expect, it } from 'vitest';
import { redisForTests } from './__fixtures__/redis-for-tests.js';

const redis = redisForTests();

it('settles a lease exactly however many leases came after it, restamped or not', async () => {
  const limits = { s: { tpm: 1e9 } };
  const { limiter, store } = redis.limiterOn('old-lease', limits);
  const first = await limiter.acquire({ scope: 's', tokens: 1000 });
  const later = [];
  for (let round = 0; round < 30; round++)
    later.push(
      ...(await Promise.all(Array.from({ length: 100 }, () => limiter.acquire({ scope: 's', tokens: 10 })))),
    );
  const moved = later[1500];
  if (!moved) throw new Error('no lease 1500');
  await store.restamp?.(limiter.key, moved.id, limiter.dimensionsOf(moved.demand), moved.admittedAt);

  await first.settle({ tokens: 1 });
  await moved.settle({ tokens: 0 });
  // Settled twice, a lease starts from what it holds now.
  await first.settle({ tokens: 3 });

  // This process's own view (what it claimed ahead and has not used is not in use)…
  expect((await limiter.refresh()).dimensions['tpm:s']).toMatchObject({ used: 3 + 2999 * 10 });
  // …and another's, once those claims are given back.
  const other = redis.limiterOn('old-lease', limits).limiter;
  await expect
    .poll(async () => (await other.refresh()).dimensions['tpm:s']?.used, { timeout: 10_000 })
    .toBe(3 + 2999 * 10);
  await limiter.close();
});

it('settles nothing of a lease admitted before its window was aligned to the server', async () => {
  const limits = { s: { tpm: 10_000 } };
  const { limiter } = redis.limiterOn('aligned', limits);
  await limiter.refresh(); // connected
  // Early in a 100-ms bucket (Redis runs on this machine's clock), so that both calls land in it.
  while (Date.now() % 100 > 10) await new Promise((resolve) => setTimeout(resolve, 1));
  const before = await limiter.acquire({ scope: 's', tokens: 1000 });
  const [tpm] = limiter.dimensionsOf(before.demand);
  if (!tpm) throw new Error('no TPM dimension');
  // The server says nothing is held; a later call lands in the same bucket.
  await limiter.align(tpm, 0, 0);
  const after = await limiter.acquire({ scope: 's', tokens: 10 });
  await before.settle({ tokens: 0 });

  // The server's count already holds (or dropped) the first call: its refund takes nothing from
  // the later one (seen from another process once what this one claimed ahead is given back).
  const other = redis.limiterOn('aligned', limits).limiter;
  await expect
    .poll(async () => (await other.refresh()).dimensions['tpm:s']?.used, { timeout: 10_000 })
    .toBe(10);
  await after.release();
  await limiter.close();
});
