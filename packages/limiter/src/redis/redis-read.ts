import { LimiterClosedError } from '../errors/limiter-closed-error.js';
import { usage } from '../state/decide.js';
import type { LimiterStore } from '../stores/store.js';
import type { ClaimsAhead } from './claims-ahead.js';
import type { failover } from './failover.js';
import type { Mirror } from './mirror.js';
import { usageOfRows } from './read-rows.js';
import type { RedisConnection, ScriptCall } from './redis-connection.js';
import { bucketed } from './redis-keys.js';

/** What redisStore's `read` works with. */
export interface ReadContext {
  connection: RedisConnection;
  policy: ReturnType<typeof failover>;
  call: ScriptCall;
  claims: ClaimsAhead;
  mirrorOf(key: string): Mirror;
  now(): number;
}

/**
 * redisStore's `read`: what every process holds, as Redis answers it, but what this process
 * claimed ahead and has not used; while Redis is away, this process's share of what it knows.
 */
export function redisRead(context: ReadContext): LimiterStore['read'] {
  const { connection, policy, call, claims, mirrorOf, now } = context;
  return async (key, demanded) => {
    if (connection.closed) throw new LimiterClosedError('store');
    const dims = demanded.map(bucketed);
    if (policy.mode === 'redis') {
      try {
        // Unused claims as they are when asked: a give-back sent meanwhile reaches Redis after this read.
        const unused = dims.map((d) => claims.unused(key, d.id));
        const [json] = await call<[string, number, string]>('read', key, dims);
        const read = usageOfRows(json, dims, now());
        for (const [i, d] of dims.entries()) {
          const row = read[d.id];
          if (row) row.used = Math.max(0, row.used - (unused[i] ?? 0));
        }
        return read;
      } catch (error) {
        policy.failed(error);
      }
    }
    const mirror = mirrorOf(key);
    const at = now();
    return Object.fromEntries(
      policy.shareOf(mirror, dims, at).map((d) => [d.id, usage(mirror.state, d, at)]),
    );
  };
}
