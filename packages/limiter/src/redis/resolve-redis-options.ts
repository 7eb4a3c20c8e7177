import { LimiterOptionsError } from '../errors/limiter-options-error.js';
import { atLeastZero, checkKnown, numberOption, timerDelay } from '../option-checks.js';
import type { RedisClient } from './redis-client.js';
import type { RedisStoreOptions } from './redis-store-options.js';

/** `redisStore`'s options, every default filled in. */
export type ResolvedRedisOptions = Required<RedisStoreOptions>;

const known: ReadonlySet<string> = new Set<keyof RedisStoreOptions>([
  'client',
  'prefix',
  'localShare',
  'recoverMs',
  'commandTimeoutMs',
  'retryMs',
  'connectTimeoutMs',
  'claimAhead',
]);

const ms = 'a number of milliseconds';

/**
 * Checks `redisStore`'s options and fills in their defaults: a share above the whole limit, or a
 * NaN timeout, would let a limit pass unchecked while Redis is away, so each is refused with
 * `LimiterOptionsError` before anything runs.
 */
export function resolveRedisOptions(options: RedisStoreOptions): ResolvedRedisOptions {
  if (typeof options !== 'object' || options === null)
    throw new LimiterOptionsError('redisStore', options, '{ client } with your ioredis client');
  checkKnown(options, known, 'redisStore');
  const client: unknown = options.client;
  const methods = ['evalsha', 'eval', 'duplicate'] as const;
  if (
    typeof client !== 'object' ||
    client === null ||
    methods.some((name) => typeof (client as Record<string, unknown>)[name] !== 'function')
  )
    throw new LimiterOptionsError('client', client, 'an ioredis Redis or Cluster (new Redis(url))');
  const prefix = options.prefix ?? 'mmk';
  if (typeof prefix !== 'string' || prefix === '' || /[{}]/.test(prefix))
    throw new LimiterOptionsError('prefix', prefix, 'a non-empty string without { or }');
  return {
    client: client as RedisClient,
    prefix,
    localShare: numberOption(
      'localShare',
      options.localShare,
      0.25,
      (value) => value >= 0 && value <= 1,
      'a share from 0 to 1, at most 1 / (number of processes)',
    ),
    recoverMs: numberOption('recoverMs', options.recoverMs, 61_000, atLeastZero, `${ms} ≥ 0`),
    commandTimeoutMs: numberOption(
      'commandTimeoutMs',
      options.commandTimeoutMs,
      1000,
      timerDelay,
      `${ms} > 0`,
    ),
    retryMs: numberOption('retryMs', options.retryMs, 1000, timerDelay, `${ms} > 0`),
    connectTimeoutMs: numberOption(
      'connectTimeoutMs',
      options.connectTimeoutMs,
      10_000,
      timerDelay,
      `${ms} > 0`,
    ),
    claimAhead: numberOption(
      'claimAhead',
      options.claimAhead,
      1024,
      (value) => Number.isSafeInteger(value) && value >= 0,
      'a whole number ≥ 0 (0: every admission decided in Redis)',
    ),
  };
}
