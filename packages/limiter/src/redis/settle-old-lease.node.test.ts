import { expect, it } from 'vitest';
import { patient } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { redisStore } from './redis-store.js';

const redis = redisForTests();

it('settles a lease exactly however many leases came after it, restamped or not', async () => {
  const store = redisStore({ ...patient, client: redis.client });
  const limits = { s: { tpm: 1e9 } };
  const limiter = createLimiter({ key: 'old-lease', limits, guardMs: 0, store });
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

  // Another process reads what Redis holds.
  const other = redisStore({ ...patient, client: redis.client });
  const seen = await createLimiter({ key: 'old-lease', limits, guardMs: 0, store: other }).refresh();
  expect(seen.dimensions['tpm:s']).toMatchObject({ used: 3 + 2999 * 10 });
  // This process's own view says the same.
  expect((await limiter.refresh()).dimensions['tpm:s']).toMatchObject({ used: 3 + 2999 * 10 });
  await limiter.close();
  store.close();
  other.close();
});
