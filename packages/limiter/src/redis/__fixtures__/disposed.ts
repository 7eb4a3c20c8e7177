// A script that uses the Redis store through `await using` and closes only its own client.
import { Redis } from 'ioredis';
import { createLimiter } from '../../create-limiter.js';
import { redisStore } from '../redis-store.js';

const redis = new Redis(process.env.REDIS_URL ?? '', { enableOfflineQueue: false });
{
  await using store = redisStore({ client: redis, commandTimeoutMs: 60_000 });
  await using limiter = createLimiter({ key: 'disposed', limits: { s: { rpm: 5, conn: 1 } }, store });
  const lease = await limiter.acquire({ scope: 's', conn: true });
  limiter.acquire({ scope: 's', conn: true }).catch((error: Error) => console.log(error.name)); // waits
  console.log('admitted', lease.id !== '');
}
await redis.quit();
