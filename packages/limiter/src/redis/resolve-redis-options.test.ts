import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { LimiterOptionsError } from '../errors/limiter-options-error.js';
import { redisStore } from './redis-store.js';
import type { RedisStoreOptions } from './redis-store-options.js';
import { resolveRedisOptions } from './resolve-redis-options.js';

// Never connects: the options are checked before anything is sent.
const client = new Redis({ lazyConnect: true, enableOfflineQueue: false });

describe('redisStore options', () => {
  it.each<[string, Partial<RedisStoreOptions> & Record<string, unknown>]>([
    ['localShare', { localShare: 2 }],
    ['localShare', { localShare: -0.1 }],
    ['localShare', { localShare: Number.NaN }],
    ['recoverMs', { recoverMs: -1 }],
    ['commandTimeoutMs', { commandTimeoutMs: -5 }],
    ['commandTimeoutMs', { commandTimeoutMs: 0 }],
    ['retryMs', { retryMs: Number.POSITIVE_INFINITY }],
    ['connectTimeoutMs', { connectTimeoutMs: '10' as never }],
    ['claimAhead', { claimAhead: 1.5 }],
    ['prefix', { prefix: '' }],
    ['prefix', { prefix: 'a{b}' }],
    ['client', { client: 42 as never }],
    ['client', { client: undefined as never }],
    ['localshare', { localshare: 0.5 }],
  ])('refuses %s in %o with a typed error that names it, before anything runs', (option, given) => {
    const create = () => redisStore({ client, ...given } as RedisStoreOptions);
    expect(create).toThrow(LimiterOptionsError);
    expect(create).toThrow(expect.objectContaining({ option, code: 'LIMITER_OPTIONS' }));
  });

  it('refuses a missing options object the same way', () => {
    expect(() => redisStore(undefined as never)).toThrow(expect.objectContaining({ option: 'redisStore' }));
  });

  it('fills in the documented defaults', () => {
    expect(resolveRedisOptions({ client })).toEqual({
      client,
      prefix: 'mmk',
      localShare: 0.25,
      recoverMs: 61_000,
      commandTimeoutMs: 1000,
      retryMs: 1000,
      connectTimeoutMs: 10_000,
      claimAhead: 1024,
    });
  });
});
