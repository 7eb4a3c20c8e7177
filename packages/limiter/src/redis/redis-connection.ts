import { LimiterClosedError } from '../errors/limiter-closed-error.js';
import type { Dimension } from '../state/dimension.js';
import { evictionCheck } from './eviction-check.js';
import { limiterScript } from './limiter-script.js';
import type { RedisClient } from './redis-client.js';
import { RedisEvictionError } from './redis-eviction-error.js';
import { RedisNotReadyError } from './redis-not-ready-error.js';
import { SlowRedis } from './slow-redis.js';

/** Options of `redisConnection`. */
export interface RedisConnectionOptions {
  /** A call slower than this fails with `SlowRedis`, in ms. */
  commandTimeoutMs: number;
  /** How long a call waits for a Redis that has never answered this store, in ms. */
  connectTimeoutMs: number;
}

/** redisStore's line to Redis: the limiter script by SHA, bounded in time, until closed. */
export interface RedisConnection {
  /** Runs one operation of the limiter script. */
  run(keys: readonly string[], operation: string, body: string): Promise<unknown>;
  /** Whether Redis has answered at least once: only then can it be "away". */
  readonly reached: boolean;
  readonly closed: boolean;
  /** Settles every wait with `LimiterClosedError`; later calls fail with it. */
  close(): void;
}

/**
 * One operation of the limiter script on `key`'s keys for `dims`, with `payload` beside them (the
 * store's own fields added): what redisStore's parts call Redis with.
 */
export type ScriptCall = <T>(
  operation: string,
  key: string,
  dims: readonly Dimension[],
  payload?: Record<string, unknown>,
) => Promise<T>;

/**
 * Whether Redis refused a write for want of memory (`maxmemory` with `noeviction`). Redis is up and
 * may be serving other processes whose writes still fit, so this is no outage: the store refuses.
 */
export const isFull = (error: unknown): boolean =>
  /^OOM /.test(String((error as Error | undefined)?.message));

/**
 * Whether an error means the connection is down (so the store may decide on its local share), as
 * opposed to a slow answer, a script error (a bug to report, not an outage to hide), or the end of
 * waiting or of the store.
 */
export const isOutage = (error: unknown): boolean =>
  !(error instanceof SlowRedis) &&
  !(error instanceof RedisNotReadyError) &&
  !(error instanceof LimiterClosedError) &&
  !(error instanceof RedisEvictionError) &&
  !isFull(error) &&
  !/^ERR /.test(String((error as Error | undefined)?.message));

const sha1 = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/**
 * Sends the limiter script to Redis. A store that has never reached Redis waits for the client's
 * connection (ioredis with `enableOfflineQueue: false` refuses commands until it is up) rather than
 * taking a connection still coming up for an outage; `connectTimeoutMs` bounds that wait.
 */
export function redisConnection(client: RedisClient, options: RedisConnectionOptions): RedisConnection {
  const { commandTimeoutMs, connectTimeoutMs } = options;
  const sha = sha1(limiterScript);
  const closing = new AbortController();
  // What `close()` ends: one listener for all of them, since a busy store has many calls at once
  // (Node warns past ten listeners on one signal).
  const open = new Set<() => void>();
  closing.signal.addEventListener('abort', () => {
    for (const end of open) end();
  });
  let reached = false;

  // `work`'s outcome, unless the time runs out first (`late()`: an error, or nothing to go on) or
  // the store closes; either way nothing it armed outlives it.
  function race<T>(work: Promise<T>, ms: number, late: () => Error | undefined, cleanup = () => {}) {
    return new Promise<T | undefined>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        open.delete(onClose);
        cleanup();
        settle();
      };
      const onClose = () => finish(() => reject(new LimiterClosedError('store')));
      const timer = setTimeout(() => {
        const error = late();
        finish(() => (error ? reject(error) : resolve(undefined)));
      }, ms);
      open.add(onClose);
      work.then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error)),
      );
    });
  }

  // Until the client next says it is ready; one that cannot say is simply asked again in 100 ms.
  const untilReady = (deadline: number) => {
    const left = deadline - Date.now();
    const notReady = () => new RedisNotReadyError(connectTimeoutMs, client.status);
    if (left <= 0) return Promise.reject(notReady());
    if (!client.once) return race(new Promise<void>(() => {}), Math.min(left, 100), () => undefined);
    let onReady = () => {};
    const ready = new Promise<void>((resolve) => {
      onReady = resolve;
      client.once?.('ready', onReady);
    });
    return race(ready, left, notReady, () => client.off?.('ready', onReady));
  };

  const checkEviction = evictionCheck(client);
  let hash: string | undefined;

  async function attempt(keys: readonly string[], operation: string, body: string) {
    hash ??= await sha;
    const checking = checkEviction();
    if (checking) await checking;
    try {
      return await client.evalsha(hash, keys.length, ...keys, operation, body);
    } catch (error) {
      if (!String((error as Error).message).includes('NOSCRIPT')) throw error;
      // Redis restarted, a replica took over, or this node of a cluster never saw the script. EVAL
      // goes where the keys are (SCRIPT LOAD would go to any node of a cluster) and caches it there.
      return client.eval(limiterScript, keys.length, ...keys, operation, body);
    }
  }

  return {
    get reached() {
      return reached;
    },
    get closed() {
      return closing.signal.aborted;
    },
    async run(keys, operation, body) {
      const deadline = Date.now() + connectTimeoutMs;
      for (;;) {
        if (closing.signal.aborted) throw new LimiterClosedError('store');
        // Connecting: wait for it. (`wait` is ioredis's lazyConnect, which only a command starts.)
        if (!reached && client.status !== undefined && !['ready', 'wait'].includes(client.status))
          await untilReady(deadline);
        try {
          const reply = await race(
            attempt(keys, operation, body),
            commandTimeoutMs,
            () => new SlowRedis(commandTimeoutMs),
          );
          reached = true;
          return reply;
        } catch (error) {
          // Never reached yet: the connection is still coming up, not away.
          if (reached || !isOutage(error)) throw error;
          await untilReady(deadline);
        }
      }
    },
    close() {
      closing.abort();
    },
  };
}
