import type { LimiterStore } from '../stores/store.js';
import type { RedisClient } from './redis-client.js';

/** Options of `redisStore`. */
export interface RedisStoreOptions {
  /** Your client (ioredis recommended); redisStore never closes it. */
  client: RedisClient;
  /** Prefix of every key; `mmk` when absent. Keys of one API key share the hash tag `{key}`. */
  prefix?: string;
  /**
   * The share of each limit this process may use on its own while Redis is unreachable, and while
   * a restarted Redis recovers. Set it to at most 1 / (number of processes); 0.25 when absent.
   */
  localShare?: number;
  /** How long a restarted (emptied) Redis gives only `localShare`, in ms; 61 s (a minute + guard) when absent. */
  recoverMs?: number;
  /**
   * A decision slower than this is refused and tried again after `retryMs`, in ms; 1000 when absent.
   * Only a connection that is down counts as Redis being away.
   */
  commandTimeoutMs?: number;
  /** While away, Redis is tried again after this long, in ms; 1000 when absent. */
  retryMs?: number;
  /**
   * How long a store that has never reached Redis waits for it (the client is still connecting)
   * before a call fails with `RedisNotReadyError`, in ms; 10 000 when absent.
   */
  connectTimeoutMs?: number;
  /**
   * The most admissions of one kind (the same sliding windows) this process claims ahead in one
   * call, to admit them without a round trip until the bucket of now ends (100 ms of a minute's
   * window); what it leaves is given back then. A claim takes at most half of what a window has
   * free. 1024 when absent; 0 decides every admission in Redis.
   */
  claimAhead?: number;
}

/** What `redisStore` returns. */
export interface RedisStore extends LimiterStore {
  /** `local` while Redis is away or recovering (this process keeps to its share), else `redis`. */
  readonly mode: 'redis' | 'local';
  /**
   * Disconnects the pub/sub subscribers and ends every wait (with `LimiterClosedError`); later
   * calls fail with it. Never closes your client. Safe to call more than once.
   */
  close(): Promise<void>;
  /** `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}
