// A process that takes every CONN slot of a key and renews its leases until it is killed.
import { Redis } from 'ioredis';
import { createLimiter } from '../../create-limiter.js';
import { redisStore } from '../redis-store.js';

const leaseMs = Number(process.env.LEASE_MS ?? 1000);
const client = new Redis(process.env.REDIS_URL ?? '');
const store = redisStore({ client, commandTimeoutMs: 60_000 });
const limiter = createLimiter({ key: 'held', limits: { m: { conn: 2 } }, leaseMs, store });
const leases = [
  await limiter.acquire({ scope: 'm', conn: true }),
  await limiter.acquire({ scope: 'm', conn: true }),
];
// Reported once Redis has renewed them, with a time no later than the renewals': each lease
// then counts until `renewedAt + leaseMs` at the soonest.
setInterval(() => {
  const at = Date.now();
  void Promise.all(leases.map((lease) => lease.renew())).then(() => process.send?.({ renewedAt: at }));
}, leaseMs / 4);
process.send?.({ held: leases.length });
