import type { Redis } from 'ioredis';
import type { Dimension } from '../../state/dimension.js';
import { limiterScript } from '../limiter-script.js';
import { keysOf } from '../redis-keys.js';

/**
 * The limiter script driven op by op, as process `pid`, on the keys of `tag` and `dims`. `redis`
 * is read at each call, so it may be a `redisForTests()` whose client exists only once tests run.
 */
export function scriptRun(redis: { client: Redis }, tag: string, dims: readonly Dimension[]) {
  const keys = keysOf(tag, dims);
  const run = (op: string, pid: string, payload: Record<string, unknown> = {}) =>
    redis.client.eval(
      limiterScript,
      keys.length,
      ...keys,
      op,
      JSON.stringify({ pid, dims, recoverMs: 0, channel: `${tag}:wake`, ...payload }),
    ) as Promise<[number, number, string, number]>;
  return { keys, run };
}
