import { expect, it, vi } from 'vitest';
import { patient } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { redisForTests } from './__fixtures__/redis-for-tests.js';
import { redisStore } from './redis-store.js';

const redis = redisForTests();

it('decides the waiters of a pass in one script call, in queue order and FIFO per limit', async () => {
  const store = redisStore({ ...patient, client: redis.client });
  const limiter = createLimiter({
    key: 'many',
    limits: { s: { tpm: 100 }, t: { rpm: 100 } },
    guardMs: 0,
    store,
  });
  const evalsha = vi.spyOn(redis.client, 'evalsha');
  const first = await limiter.acquire({ scope: 's', tokens: 60 });
  const order: string[] = [];
  const take = (name: string, demand: Parameters<typeof limiter.acquire>[0]) =>
    limiter.acquire(demand).then((lease) => {
      order.push(name);
      return lease;
    });
  // All four arrive in one turn of the event loop: one batch, one round trip.
  const d = take('d', { scope: 't' });
  const a = take('a', { scope: 's', tokens: 60 });
  const b = take('b', { scope: 's', tokens: 10 });
  const c = take('c', { scope: 't' });
  await Promise.all([d, c]);
  const batches = evalsha.mock.calls.filter((call) => call.at(-2) === 'acquire-many');
  expect(batches).toHaveLength(1);
  expect(JSON.parse(String(batches[0]?.at(-1))).batch).toHaveLength(4);
  // b would fit, but a is ahead of it on the same TPM: b waits its turn, c on another limit goes.
  expect(order).toEqual(['d', 'c']);
  await first.settle({ tokens: 0 });
  await Promise.all([a, b]);
  expect(order).toEqual(['d', 'c', 'a', 'b']);
  expect((await limiter.refresh()).dimensions['tpm:s']).toMatchObject({ used: 70 });
  evalsha.mockRestore();
  await limiter.close();
  store.close();
});
