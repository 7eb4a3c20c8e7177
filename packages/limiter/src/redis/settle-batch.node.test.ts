import { expect, it, vi } from 'vitest';
import { redisForTests } from './__fixtures__/redis-for-tests.js';

const redis = redisForTests();

it('settles what calls ending in one turn cost in one script call, tokens and money exact', async () => {
  const limits = { s: { tpm: 10_000 } };
  const budgets = [{ id: 'daily', amount: '10', currency: 'USD' as const, per: 'day' as const }];
  const { limiter } = redis.limiterOn('settles', limits, { budgets });
  const cost = { amount: '0.5', currency: 'USD' } as const;
  const leases = await Promise.all(
    Array.from({ length: 8 }, () => limiter.acquire({ scope: 's', tokens: 1000, cost })),
  );
  const evalsha = vi.spyOn(redis.client, 'evalsha');
  // Eight calls end together: each reports what it used and cost (a refund, and the last a surcharge).
  await Promise.all(
    leases.map((lease, n) => lease.settle({ tokens: 100 * n, cost: n === 7 ? '0.75' : '0.25' })),
  );
  const settles = evalsha.mock.calls.filter((call) => call.at(-2) === 'settle');
  expect(settles).toHaveLength(2); // one for the tokens, one for the money: a turn's worth each
  // Admitted in one call, the eight share one bucket of the window and one member of the budget:
  // their settles merge into one each.
  for (const settle of settles) expect(JSON.parse(String(settle.at(-1))).settles).toHaveLength(1);
  evalsha.mockRestore();

  // Another process reads what Redis holds.
  const seen = await redis.limiterOn('settles', limits, { budgets }).limiter.refresh();
  expect(seen.dimensions['tpm:s']).toMatchObject({ used: 100 * (1 + 2 + 3 + 4 + 5 + 6 + 7) });
  expect(seen.budgets).toMatchObject([{ spent: '2.5', reserved: '0', remaining: '7.5' }]);
  await Promise.all(leases.map((lease) => lease.release()));
  await limiter.close();
});

it('releases the CONN slots of calls ending in one turn in one script call, and every process sees them free', async () => {
  const limits = { s: { conn: 8 } };
  const { limiter } = redis.limiterOn('releases', limits);
  const leases = await Promise.all(
    Array.from({ length: 8 }, () => limiter.acquire({ scope: 's', conn: true })),
  );
  const other = redis.limiterOn('releases', limits).limiter;
  expect((await other.refresh()).dimensions['conn:s']).toMatchObject({ used: 8 });
  // A ninth caller, in another process, waits for a slot: the releases wake it.
  const ninth = other.acquire({ scope: 's', conn: true });

  const evalsha = vi.spyOn(redis.client, 'evalsha');
  await Promise.all(leases.map((lease) => lease.release()));
  const releases = evalsha.mock.calls.filter((call) => ['settle', 'release'].includes(String(call.at(-2))));
  expect(releases).toHaveLength(1);
  expect(JSON.parse(String(releases[0]?.at(-1))).settles).toHaveLength(8);
  evalsha.mockRestore();

  await (await ninth).release();
  expect((await other.refresh()).dimensions['conn:s']).toMatchObject({ used: 0 });
  await limiter.close();
  await other.close();
});

it('sends a release asked just before the store closes', async () => {
  const limits = { s: { conn: 1 } };
  const { limiter, store } = redis.limiterOn('release-close', limits);
  const lease = await limiter.acquire({ scope: 's', conn: true });
  void lease.release().catch(() => {});
  store.close();
  const other = redis.limiterOn('release-close', limits).limiter;
  // Patient with a busy machine: the release is on its way, however long the round trip takes.
  await expect
    .poll(async () => (await other.refresh()).dimensions['conn:s']?.used, { timeout: 15_000 })
    .toBe(0);
  await other.close();
});
