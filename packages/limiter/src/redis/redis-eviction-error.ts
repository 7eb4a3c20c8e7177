/**
 * The Redis behind a redisStore may evict keys (a `maxmemory` with a policy other than
 * `noeviction`): a limiter key it drops would let requests through over their limits.
 */
export class RedisEvictionError extends Error {
  readonly code = 'REDIS_EVICTION';
  /** Redis's `maxmemory-policy`, e.g. `allkeys-lru`. */
  readonly policy: string;
  /** Redis's `maxmemory`, in bytes. */
  readonly maxmemory: number;

  constructor(policy: string, maxmemory: number) {
    super(
      `This Redis may evict the limiter's keys (maxmemory ${maxmemory} bytes, maxmemory-policy ${policy.slice(0, 40)}), ` +
        'which would admit requests over their limits. Set `maxmemory-policy noeviction` ' +
        '(CONFIG SET maxmemory-policy noeviction, or in redis.conf), or give the limiter a Redis of its own without maxmemory.',
    );
    this.name = 'RedisEvictionError';
    this.policy = policy;
    this.maxmemory = maxmemory;
  }
}
