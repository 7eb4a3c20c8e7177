import type { RedisClient } from './redis-client.js';
import { RedisEvictionError } from './redis-eviction-error.js';

/** How long a finding that Redis cannot evict holds before it is checked again, in ms. */
const recheckMs = 60_000;

/** Reads `maxmemory` and `maxmemory_policy` from an `INFO memory` answer. */
export function evictionOf(info: string): { maxmemory: number; policy: string } {
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  return { maxmemory: Number(field('maxmemory') ?? 0), policy: field('maxmemory_policy') ?? 'noeviction' };
}

/**
 * Refuses a Redis that may evict keys (`maxmemory` set, policy other than `noeviction`), checked on
 * first use and again a minute later, so a policy changed at run time is found too. A Redis that
 * does not answer `INFO` (a managed one may rename it) is not checked.
 */
export function evictionCheck(client: RedisClient): () => Promise<void> | undefined {
  let checkedAt = Number.NEGATIVE_INFINITY;
  const check = async () => {
    let info: string;
    try {
      info = String(await client.info?.('memory'));
    } catch (error) {
      if (/^ERR /.test(String((error as Error | undefined)?.message))) {
        checkedAt = Date.now();
        return;
      }
      throw error;
    }
    const { maxmemory, policy } = evictionOf(info);
    if (maxmemory > 0 && policy !== 'noeviction') throw new RedisEvictionError(policy, maxmemory);
    checkedAt = Date.now();
  };
  // Nothing to wait for between checks.
  return () => (!client.info || Date.now() - checkedAt < recheckMs ? undefined : check());
}
