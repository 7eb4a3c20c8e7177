import { createLimiter } from '@minimax-kit/limiter';
import { redisStore } from '@minimax-kit/limiter/redis';
import Bottleneck from 'bottleneck';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { RedisServer } from '../../../test/redis-server.ts';
import { CountingRedis } from './counting-redis.js';
import type { Limits } from './peers.js';

/**
 * Each library's limiter on one redis-server, every one on connections that count their commands,
 * each on keys of its own; `close` ends them all (the server stays up). `windowMs` is the window
 * rate-limiter-flexible counts.
 */
export function redisLimiters(server: RedisServer, windowMs: number) {
  const client = new CountingRedis(server.url);
  const stores: { close(): void }[] = [];
  const bottlenecks: Bottleneck[] = [];
  let run = 0;

  // The guard covers the event loop between Redis admitting a request and the oracle seeing it.
  const ours = (
    limits: Limits | { rpm: number; conn: number },
    timeScale: number,
    budgets: Parameters<typeof createLimiter>[0] = {},
    claimAhead?: number,
  ) => {
    const store = redisStore({ client, ...(claimAhead === undefined ? {} : { claimAhead }) });
    stores.push(store);
    return createLimiter({
      key: `ours-${run++}`,
      limits: { s: limits },
      guardMs: 20,
      timeScale,
      store,
      ...budgets,
    });
  };
  const bottleneck = (options: Bottleneck.ConstructorOptions) => {
    const limiter = new Bottleneck({
      id: `bottleneck-${run++}`,
      datastore: 'ioredis',
      clearDatastore: true,
      clientOptions: { host: '127.0.0.1', port: server.port },
      Redis: CountingRedis,
      ...options,
    } as Bottleneck.ConstructorOptions);
    bottlenecks.push(limiter);
    return limiter;
  };
  const flexible = (points: number) =>
    new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `flexible-${run++}`,
      points,
      duration: windowMs / 1000,
    });

  return {
    /** The connection our stores and rate-limiter-flexible share. */
    client,
    ours,
    bottleneck,
    flexible,
    async close() {
      for (const store of stores) store.close();
      await Promise.all(bottlenecks.map((limiter) => limiter.disconnect(false)));
      client.disconnect();
    },
  };
}
