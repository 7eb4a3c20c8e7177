// One of several processes sharing the limits of several API keys through a Redis Cluster; the
// keys hash to slots on different masters. It reports every admission to the parent.
import { Cluster } from 'ioredis';
import { createLimiter } from '../../create-limiter.js';
import { redisStore } from '../redis-store.js';

const nodes = JSON.parse(process.env.CLUSTER_NODES ?? '[]');
const keys: string[] = JSON.parse(process.env.KEYS ?? '[]');
const limits = JSON.parse(process.env.LIMITS ?? '{}');
const client = new Cluster(nodes, {
  enableOfflineQueue: false,
  redisOptions: { maxRetriesPerRequest: 0 },
  clusterRetryStrategy: () => 100,
});
client.on('error', () => {});
await new Promise((resolve) => client.once('ready', resolve));
const store = redisStore({ client, localShare: 0.25, commandTimeoutMs: 10_000, retryMs: 200 });
const end = Date.now() + Number(process.env.DURATION_MS ?? 10_000);

async function worker(key: string) {
  const limiter = createLimiter({ key, limits: { s: limits }, guardMs: 100, timeScale: 0.1, store });
  while (Date.now() < end) {
    const reserve = 50 + Math.floor(Math.random() * 150);
    const aborter = new AbortController();
    const timer = setTimeout(() => aborter.abort(), Math.max(0, end - Date.now()));
    let lease: Awaited<ReturnType<typeof limiter.acquire>> | undefined;
    try {
      lease = await limiter.acquire({ scope: 's', tokens: reserve }, { signal: aborter.signal });
    } catch {
      break;
    } finally {
      clearTimeout(timer);
    }
    const actual = Math.floor(reserve * (0.2 + 0.8 * Math.random()));
    process.send?.({ key, at: lease.admittedAt, tokens: actual, mode: store.mode });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await lease.settle({ tokens: actual });
    await lease.release();
  }
}

await Promise.all(keys.flatMap((key) => Array.from({ length: 4 }, () => worker(key))));
store.close();
client.disconnect();
process.exit(0);
