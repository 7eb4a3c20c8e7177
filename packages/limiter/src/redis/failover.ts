import { check, decide, record } from '../state/decide.js';
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
  /**
   * The latest Redis TIME can be now: `now()` lags it by however long the last answer waited to be
   * read, which a process nobody scheduled for a while can make longer than any guard.
   */
  latest(): number;
  /** Writes what this process admitted into Redis. */
  replay(key: string): Promise<void>;
  /**
   * Redis's own decision of one admission, made even while it is recovering (atomic over what every
   * process has written there); `undefined` when Redis could not answer.
   */
  confirm(key: string, dims: readonly Dimension[], lease: string): Promise<Decision | undefined>;
  /** Hears that Redis went away (what this process claimed ahead is not given back). */
  away(): void;
}

/**
 * redisStore's failure policy, apart from its transport: when Redis is away (a connection that
 * was up has dropped) or recovering (it was away, or lost its data, and has not yet heard from
 * every process), this process decides on its share alone — fail closed.
 */
export function failover(options: FailoverOptions) {
  const { share, recoverMs, retryMs, now, latest, replay, confirm, away } = options;
  let mode: 'redis' | 'local' = 'redis';
  let awaySince = 0;
  // Until this time, decide on this process's share alone (one window is long enough for every
  // process to have replayed).
  let localUntil = 0;
  // When this process last lost Redis or found it emptied, on Redis's clock: never before Redis's
  // last admission, so that everything admitted before has gone from every window at the horizon.
  let lostAt = Number.NEGATIVE_INFINITY;
  // The last recovering decision of each key, which the next one waits for.
  const tails = new Map<string, Promise<void>>();
  // Keys decided on the share while Redis was away, each with how many decisions it has had: every
  // one is replayed once Redis is back, and a replay clears only the decisions it carried.
  const strays = new Map<string, number>();
  const stray = (key: string) => strays.set(key, (strays.get(key) ?? 0) + 1);

  // Redis unreachable, loading or failing over: decide locally. A slow answer is no outage: Redis
  // may be serving every other process, and may even have run the call, so deciding alone then
  // could admit twice. Nor is a full Redis: it refuses one process's write while another's still
  // fits, so deciding alone would spend a share on top of what Redis admits. Anything else (a
  // script error, the store closed) is for the caller.
  const failed = (error: unknown) => {
    if (isOutage(error)) {
      if (mode === 'redis') {
        awaySince = Date.now();
        // Not now(): behind Redis by the last answer's wait, it could put the loss before what
        // other processes were still admitting.
        lostAt = latest();
        away();
      }
      mode = 'local';
    } else if (!(error instanceof SlowRedis) && !isFull(error)) throw error;
  };
  const shareOf = (mirror: Mirror, dims: readonly Dimension[], at: number) =>
    localShare(dims, mirror.seen, lostAt, at, share);

  // Fail closed: this process's share of every limit; what only the full limit could take waits.
  function decideLocally(key: string, mirror: Mirror, dims: readonly Dimension[], lease: string): Decision {
    if (mode === 'local') stray(key);
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
    /**
     * After being away: replays what was admitted meanwhile (under every key, not only the one that
     * found Redis back), then keeps to the share for a window.
     */
    async tryRedis(key: string): Promise<boolean> {
      if (mode === 'redis') return true;
      if (Date.now() - awaySince < retryMs) return false;
      try {
        stray(key);
        // Until none is left: a key decided again while its replay was on the way goes again.
        while (strays.size > 0)
          for (const [left, decisions] of strays) {
            await replay(left);
            if (strays.get(left) === decisions) strays.delete(left);
          }
        mode = 'redis';
        localUntil = Date.now() + recoverMs;
        return true;
      } catch {
        awaySince = Date.now();
        return false;
      }
    },
    /**
     * While recovering, an admission needs both this process's share and Redis's own decision: the
     * share bounds it while other processes have not yet written back what they admitted, and Redis
     * counts those already back on it (they end their recovery at slightly different moments), so
     * neither can be admitted on top of the other. What Redis cannot confirm is written through
     * once it answers again.
     */
    decideRecovering(
      key: string,
      mirror: Mirror,
      dims: readonly Dimension[],
      lease: string,
    ): Promise<Decision> {
      // One at a time per key: between the share's check and its record, Redis is asked.
      const decision = (tails.get(key) ?? Promise.resolve()).then(async (): Promise<Decision> => {
        if (mode !== 'redis') return decideLocally(key, mirror, dims, lease);
        const at = now();
        const shares = shareOf(mirror, dims, at);
        const local = check(mirror.state, shares, at);
        if (!local.ok)
          return Number.isFinite(local.retryAfterMs) ? local : { ...local, retryAfterMs: retryMs };
        const remote = await confirm(key, dims, lease).catch((error: unknown) => {
          failed(error);
          return undefined;
        });
        if (remote && !remote.ok) return remote;
        // At Redis's time when it confirmed: the same bucket Redis filed it under, for later settles.
        const admittedAt = remote?.ok && remote.at !== undefined ? remote.at : at;
        record(mirror.state, shares, lease, admittedAt);
        if (!remote) {
          // Replayed with the other strays once Redis is back, should this replay fail too.
          stray(key);
          await replay(key).catch(failed);
        }
        return { ok: true, at: admittedAt };
      });
      const tail = decision.then(
        () => {},
        () => {},
      );
      tails.set(key, tail);
      tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return decision;
    },
  };
}
