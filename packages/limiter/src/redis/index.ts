export type { RedisClient, RedisSubscriber } from './redis-client.js';
export { RedisEvictionError } from './redis-eviction-error.js';
export { RedisNotReadyError } from './redis-not-ready-error.js';
export { redisStore } from './redis-store.js';
export type { RedisStore, RedisStoreOptions } from './redis-store-options.js';
