export type { RedisClient, RedisStoreOptions, RedisSubscriber } from './redis-store.js';
export { redisStore } from './redis-store.js';
