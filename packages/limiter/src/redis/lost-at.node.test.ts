import { Redis } from 'ioredis';
import { afterEach, expect, it } from 'vitest';
import { startRedis } from '../../../../test/redis-server.ts';
import type { Dimension } from '../state/dimension.js';
import { redisStore } from './redis-store.js';

// Everything a test opens, closed after it whatever happened.
const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function clientOf(url: string): Promise<Redis> {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 20,
  });
  client.on('error', () => {});
  opened.push({ close: () => client.disconnect() });
  await new Promise((resolve) => client.once('ready', resolve));
  return client;
}

/** A client whose next answer reaches the store `ms` late, as to a process nobody scheduled meanwhile. */
function late(client: Redis) {
  let holdMs = 0;
  const held = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'evalsha' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const ms = holdMs;
        holdMs = 0;
        const answer = value.apply(target, args) as Promise<unknown>;
        return ms > 0 ? answer.then((reply) => sleep(ms).then(() => reply)) : answer;
      };
    },
  });
  const holdNext = (ms: number) => {
    holdMs = ms;
  };
  return { client: held, holdNext };
}

const windowMs = 2000;
const rpm: Dimension = {
  id: 'rpm:s',
  kind: 'window',
  limit: 2,
  amount: 1,
  windowMs,
  guardMs: 0,
  bucketMs: 0,
};

it('keeps to its share until what Redis admitted before it went away has gone, even when its last answer came late', async () => {
  const redis = await startRedis();
  opened.push({ close: () => redis.kill() });
  const a = late(await clientOf(redis.url));
  const options = { localShare: 1, retryMs: 20, recoverMs: 30_000, commandTimeoutMs: 60_000 };
  const storeA = redisStore({ ...options, client: a.client });
  const storeB = redisStore({ ...options, client: await clientOf(redis.url) });
  opened.push(storeA, storeB);
  await storeA.read('late', [rpm]); // loads the script: the answer held below is a decision's
  const admitted: number[] = [];
  const take = (decision: { ok: boolean; at?: number }) => decision.ok && admitted.push(decision.at ?? 0);

  // A's answer is read 800 ms after Redis gave it; meanwhile B takes the rest of the window and
  // Redis dies. A's clock, set by that answer, is 800 ms behind Redis's when it finds Redis gone.
  a.holdNext(800);
  const first = storeA.acquire('late', [rpm], 'a0');
  await sleep(300);
  const taken = await storeB.acquire('late', [rpm], 'b0');
  take(taken);
  await sleep(150);
  await redis.kill();
  take(await first);
  expect(admitted).toHaveLength(2);
  expect((await storeA.acquire('late', [rpm], 'a1')).ok).toBe(false);
  expect(storeA.mode).toBe('local');

  // Redis is back empty. B has nothing to decide, so it has not replayed: only Redis's own decision
  // and A's share stand between A and B's admission, which counts until `windowMs` after it.
  await redis.start();
  const until = (taken.ok ? (taken.at ?? 0) : 0) + windowMs + 300;
  for (let i = 2; Date.now() < until; i++) {
    take(await storeA.acquire('late', [rpm], `a${i}`));
    await sleep(10);
  }
  expect(admitted.length).toBeGreaterThan(2); // it went on serving
  admitted.sort((x, y) => x - y);
  for (const at of admitted)
    expect(admitted.filter((t) => t > at - windowMs && t <= at).length).toBeLessThanOrEqual(2);
});
