import { decide } from '../state/decide.js';
import type { Decision, Dimension } from '../state/dimension.js';
import { localShare } from './local-share.js';
import type { Mirror } from './mirror.js';
import { isFull, isOutage } from './redis-connection.js';
import { SlowRedis } from './slow-redis.js';

/** Options of `failover`. */
export interface FailoverOptions {
  share: number;
  recoverMs: number;
  retryMs: number;
  /** The store's clock (Redis TIME, as last seen). */
  now(): number;
  /** Writes what this process admitted into Redis. */
  replay(key: string): Promise<void>;
}

/**
 * redisStore's failure policy, apart from its transport: when Redis is away (a connection that
 * was up has dropped) or recovering (it was away, or lost its data, and has not yet heard from
 * every process), this process decides on its share alone — fail closed.
 */
export function failover(options: FailoverOptions) {
  const { share, recoverMs, retryMs, now, replay } = options;
  let mode: 'redis' | 'local' = 'redis';
  let awaySince = 0;
  // Until this time, decide on this process's share alone (one window is long enough for every
  // process to have replayed).
  let localUntil = 0;
  // When this process last lost Redis or found it emptied, on Redis's clock.
  let lostAt = Number.NEGATIVE_INFINITY;

  // Redis unreachable, loading or failing over: decide locally. A slow answer is no outage: Redis
  // may be serving every other process, and may even have run the call, so deciding alone then
  // could admit twice. Nor is a full Redis: it refuses one process's write while another's still
  // fits, so deciding alone would spend a share on top of what Redis admits. Anything else (a
  // script error, the store closed) is for the caller.
  const failed = (error: unknown) => {
    if (isOutage(error)) {
      if (mode === 'redis') {
        awaySince = Date.now();
        lostAt = now();
      }
      mode = 'local';
    } else if (!(error instanceof SlowRedis) && !isFull(error)) throw error;
  };
  const shareOf = (mirror: Mirror, dims: readonly Dimension[], at: number) =>
    localShare(dims, mirror.seen, lostAt, at, share);

  // Fail closed: this process's share of every limit; what only the full limit could take waits.
  function decideLocally(mirror: Mirror, dims: readonly Dimension[], lease: string): Decision {
    const at = now();
    const local = decide(mirror.state, shareOf(mirror, dims, at), lease, at);
    if (local.ok) return { ok: true, at };
    return Number.isFinite(local.retryAfterMs) ? local : { ...local, retryAfterMs: retryMs };
  }

  return {
    /** Whether calls go to Redis (`redis`), or Redis is away (`local`). */
    get mode() {
      return mode;
    },
    /** Redis is back (or was emptied) but not yet trusted: every process may not have replayed. */
    get recovering() {
      return Date.now() < localUntil;
    },
    failed,
    shareOf,
    decideLocally,
    /** Redis lost its data (found at `at`, on its clock): keep to the share for `ms`. */
    lost(at: number, ms: number) {
      lostAt = at;
      localUntil = Date.now() + ms;
    },
    /** After being away: replays what was admitted meanwhile, then keeps to the share for a window. */
    async tryRedis(key: string): Promise<boolean> {
      if (mode === 'redis') return true;
      if (Date.now() - awaySince < retryMs) return false;
      try {
        await replay(key);
        mode = 'redis';
        localUntil = Date.now() + recoverMs;
        return true;
      } catch {
        awaySince = Date.now();
        return false;
      }
    },
    /** While recovering, a local admission is written through at once, so that Redis holds everything by the time every process trusts it again. */
    async decideRecovering(key: string, mirror: Mirror, dims: readonly Dimension[], lease: string) {
      const decision = decideLocally(mirror, dims, lease);
      if (decision.ok) await replay(key).catch(failed);
      return decision;
    },
  };
}
