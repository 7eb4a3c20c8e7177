// One of four processes spending one budget through Redis: random calls (sizes, starts, aborts,
// failures, settle orders), every admission reported to the parent with its final cost.
import { Redis } from 'ioredis';
import { runTraffic, type TrafficCall } from '../../budgets/__fixtures__/budget-traffic.js';
import { createLimiter } from '../../create-limiter.js';
import { redisStore } from '../redis-store.js';

const client = new Redis(process.env.REDIS_URL ?? '');
const store = redisStore({ client, commandTimeoutMs: 60_000 });
const limiter = createLimiter({
  key: 'shared-budget',
  store,
  guardMs: 0,
  timeScale: Number(process.env.TIME_SCALE),
  budgets: [
    {
      id: 'b',
      amount: '1',
      currency: 'USD',
      per: 'hour',
      onExceed: process.env.ON_EXCEED === 'wait' ? 'wait' : 'reject',
    },
  ],
});
const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T;
const calls: TrafficCall[] = Array.from({ length: Number(process.env.CALLS ?? 40) }, () => ({
  cost: 1 + Math.floor(Math.random() * 0.4e9),
  startMs: Math.floor(Math.random() * 1500),
  abortMs: Math.random() < 0.3 ? Math.floor(Math.random() * 800) : undefined,
  outcome: pick(['settle', 'fail', 'unknown'] as const),
  share: Math.random(),
  holdMs: Math.floor(Math.random() * 200),
}));
const spent = await runTraffic(limiter, calls);
process.send?.(spent, () => {
  limiter
    .close()
    .then(() => store.close())
    .then(() => {
      client.disconnect();
      process.exit(0);
    });
});
