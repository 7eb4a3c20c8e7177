import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { evictionOf } from './eviction-check.js';
import { RedisEvictionError } from './redis-eviction-error.js';
import { redisStore } from './redis-store.js';

const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});
async function serverWith(args: string[]): Promise<RedisServer> {
  const server = await startRedis(args);
  opened.push({ close: () => server.kill() });
  return server;
}
function clientOf(server: RedisServer): Redis {
  const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  opened.push({ close: () => client.disconnect() });
  return client;
}

describe('redisStore and Redis eviction', () => {
  it.each(['allkeys-lru', 'allkeys-lfu', 'allkeys-random', 'volatile-lru', 'volatile-ttl'])(
    'refuses a Redis whose maxmemory-policy %s may evict its keys, saying how to fix it',
    async (policy) => {
      const server = await serverWith(['--maxmemory', '8mb', '--maxmemory-policy', policy]);
      const store = redisStore({ ...patient, client: clientOf(server) });
      opened.push(store);
      const limiter = createLimiter({ key: 'evicting', limits: { s: { rpm: 40 } }, store });
      const refusal = limiter.tryAcquire({ scope: 's' });
      await expect(refusal).rejects.toBeInstanceOf(RedisEvictionError);
      await expect(refusal).rejects.toMatchObject({ code: 'REDIS_EVICTION', policy });
      await expect(refusal).rejects.toThrow(/maxmemory-policy noeviction/);
      await expect(limiter.acquire({ scope: 's' })).rejects.toBeInstanceOf(RedisEvictionError);
      expect(store.mode).toBe('redis'); // a configuration to fix, not an outage to ride out
    },
  );

  it('finds a policy changed while it runs, within a minute', () => {
    expect(evictionOf('# Memory\r\nmaxmemory:8388608\r\nmaxmemory_policy:allkeys-lru\r\n')).toEqual({
      maxmemory: 8388608,
      policy: 'allkeys-lru',
    });
    expect(evictionOf('maxmemory:0\nmaxmemory_policy:noeviction\n')).toEqual({
      maxmemory: 0,
      policy: 'noeviction',
    });
  });

  it('answers instead of failing when a window lost its log to eviction but kept its total', async () => {
    const server = await serverWith([]);
    const client = clientOf(server);
    const store = redisStore({ ...patient, client });
    opened.push(store);
    const limiter = createLimiter({ key: 'halved', limits: { s: { rpm: 3 } }, guardMs: 0, store });
    for (let i = 0; i < 3; i++) expect((await limiter.tryAcquire({ scope: 's' })).ok).toBe(true);
    await client.del('mmk:{halved}:log:rpm:s'); // as eviction would: the log gone, the total kept
    const refused = await limiter.tryAcquire({ scope: 's' });
    expect(refused).toMatchObject({ ok: false, blockedBy: 'rpm:s' });
  });

  it('never admits over a limit with maxmemory and noeviction, even once Redis is out of memory', async () => {
    const server = await serverWith(['--maxmemory', '4mb', '--maxmemory-policy', 'noeviction']);
    const filler = clientOf(server);
    const scale = 0.05; // a "minute" of 3 s
    const W = 60_000 * scale;
    const admissions: number[] = [];
    const children = [0, 0].map(() =>
      fork(fileURLToPath(new URL('./__fixtures__/worker.ts', import.meta.url)), [], {
        execArgv: ['--conditions=@minimax-kit/source', '--import', 'tsx'],
        env: {
          ...process.env,
          REDIS_URL: server.url,
          LIMITS: JSON.stringify({ rpm: 40 }),
          TIME_SCALE: String(scale),
          DURATION_MS: String(5 * W),
          SHARE: '0.5',
          RECOVER_MS: String(W + 500),
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    for (const child of children) child.on('message', (m) => admissions.push((m as { at: number }).at));
    const exited = Promise.all(
      children.map((child) => new Promise((resolve) => child.once('exit', resolve))),
    );
    // Once both serve, fill Redis to its maxmemory: from then on, its writes fail with OOM.
    while (admissions.length < 40) await new Promise((resolve) => setTimeout(resolve, 50));
    const junk = 'x'.repeat(64 * 1024);
    let full = false;
    for (let i = 0; i < 200 && !full; i++) {
      full = await filler.set(`junk:${i}`, junk).then(
        () => false,
        (error: Error) => /^OOM/.test(error.message),
      );
    }
    expect(full).toBe(true); // Redis really was full: its writes failed with OOM
    await exited;
    admissions.sort((a, b) => a - b);
    let worst = 0;
    for (let i = 0, start = 0; i < admissions.length; i++) {
      while ((admissions[start] as number) <= (admissions[i] as number) - W - 100) start++;
      worst = Math.max(worst, i - start + 1);
    }
    expect(admissions.length).toBeGreaterThan(40); // it kept serving
    expect(worst).toBeLessThanOrEqual(40);
  }, 120_000);
});
