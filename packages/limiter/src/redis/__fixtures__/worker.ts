// One of several processes sharing an API key's limits through Redis, with its clock set off by
// OFFSET_MS. It reports every admission to the parent, stamped with the true time.
import { Redis } from 'ioredis';
import { createLimiter } from '../../create-limiter.js';
import { redisStore } from '../redis-store.js';

const trueNow = Date.now.bind(Date);
const truePerformanceNow = performance.now.bind(performance);
const offset = Number(process.env.OFFSET_MS ?? 0);
Date.now = () => trueNow() + offset;
performance.now = () => truePerformanceNow() + offset;

const limits = JSON.parse(process.env.LIMITS ?? '{}');
const client = new Redis(process.env.REDIS_URL ?? '', {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  retryStrategy: () => 100,
});
client.on('error', () => {});
await new Promise((resolve) => client.once('ready', resolve));
const store = redisStore({
  client,
  localShare: Number(process.env.SHARE ?? 0.25),
  // Generous: a loaded machine answers slowly, and a crashed Redis refuses at once anyway.
  commandTimeoutMs: 10_000,
  retryMs: 200,
  recoverMs: Number(process.env.RECOVER_MS ?? 7000),
});
const limiter = createLimiter({
  key: 'shared',
  limits: { s: limits },
  guardMs: 100,
  timeScale: Number(process.env.TIME_SCALE ?? 1),
  store,
});
const end = trueNow() + Number(process.env.DURATION_MS ?? 10_000);

async function worker() {
  while (trueNow() < end) {
    const reserve = 50 + Math.floor(Math.random() * 150);
    const aborter = new AbortController();
    const timer = setTimeout(() => aborter.abort(), Math.max(0, end - trueNow()));
    let lease: Awaited<ReturnType<typeof limiter.acquire>> | undefined;
    try {
      lease = await limiter.acquire({ scope: 's', tokens: reserve }, { signal: aborter.signal });
    } catch {
      break;
    } finally {
      clearTimeout(timer);
    }
    const actual = Math.floor(reserve * (0.2 + 0.8 * Math.random()));
    // Redis runs on this machine's true clock: the admission time it reports is the truth.
    process.send?.({ at: lease.admittedAt, tokens: actual, mode: store.mode });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await lease.settle({ tokens: actual });
    await lease.release();
  }
}

await Promise.all(Array.from({ length: 8 }, worker));
store.close();
client.disconnect();
process.exit(0);
