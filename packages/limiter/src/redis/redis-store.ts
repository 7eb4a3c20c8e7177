import { LimiterClosedError } from '../errors/limiter-closed-error.js';
import { alignDimension } from '../state/align.js';
import { record, renewLease } from '../state/decide.js';
import type { LimiterStore } from '../stores/store.js';
import { ClaimsAhead } from './claims-ahead.js';
import { failover } from './failover.js';
import { emptyMirror, type Mirror, replayEntries } from './mirror.js';
import { preparedOf } from './prepared-draw.js';
import { redisAdmissions } from './redis-admissions.js';
import { isFull, redisConnection } from './redis-connection.js';
import { bucketed } from './redis-keys.js';
import { redisRead } from './redis-read.js';
import { redisSettles } from './redis-settles.js';
import type { RedisStore, RedisStoreOptions } from './redis-store-options.js';
import { resolveRedisOptions } from './resolve-redis-options.js';
import { scriptCalls } from './script-calls.js';
import { wakeSubscription } from './wake-subscription.js';

type Reply = [ok: number, retryAfterMs: number, blockedBy: string, now: number, generation: string];

/**
 * Keeps limiter state in Redis so many processes and machines share one API key's limits: every
 * decision is one Lua call (by SHA), checking and committing all limits atomically on Redis TIME;
 * all keys of an API key share one hash slot (Redis Cluster); keys expire on their own. When Redis
 * is unreachable the store fails closed to `localShare` of each limit, keeps serving, and replays
 * what it admitted when Redis returns, so nothing is admitted beyond the limits in between.
 */
export function redisStore(options: RedisStoreOptions): RedisStore {
  const resolved = resolveRedisOptions(options);
  const { client, prefix, localShare: share, recoverMs, retryMs, claimAhead } = resolved;
  const { commandTimeoutMs, connectTimeoutMs } = resolved;
  const connection = redisConnection(client, { commandTimeoutMs, connectTimeoutMs });
  const pid = `${Math.random().toString(36).slice(2, 10)}`;
  const { call, tag, now, latest } = scriptCalls(connection, { prefix, pid, recoverMs });
  const mirrors = new Map<string, Mirror>();
  const unsubscribes = new Set<() => void>();

  const mirrorOf = (key: string) => {
    let mirror = mirrors.get(key);
    if (!mirror) {
      mirror = emptyMirror();
      mirrors.set(key, mirror);
    }
    return mirror;
  };

  // Replays this process's admissions into Redis (after it was away, or lost its data).
  async function replay(key: string, recover = false): Promise<void> {
    const mirror = mirrorOf(key);
    const dims = [...mirror.dims.values()];
    if (dims.length === 0) return;
    const entries = replayEntries(mirror, dims);
    await call('merge', key, dims, { entries, recover });
  }

  const policy = failover({
    share,
    recoverMs,
    retryMs,
    now,
    latest,
    replay: (key) => replay(key),
    // Claims ahead end with the outage: once Redis is back, what they left may already be spent on
    // the local share (a replay counts it as theirs), so it is not given back.
    away: () => claims.drop(undefined, false),
    async confirm(key, dims, lease) {
      const [code, retryAfterMs, blockedBy, at] = await call<Reply>('acquire', key, dims, {
        lease,
        through: true,
      });
      if (code === 1) return { ok: true, at };
      if (code !== 0) return undefined;
      return {
        ok: false,
        retryAfterMs: retryAfterMs < 0 ? Number.POSITIVE_INFINITY : retryAfterMs,
        blockedBy,
      };
    },
  });
  const { failed } = policy;
  // Keys a full Redis refused a write of (a settle, a restamp, an alignment): the mirror holds what
  // Redis missed, replayed before the key's next decision there.
  const behind = new Set<string>();
  const missed = (key: string) => (error: unknown) => {
    if (isFull(error)) behind.add(key);
    failed(error);
  };
  const settles = redisSettles({
    mirrorOf,
    call,
    toRedis: () => policy.mode === 'redis',
    missed,
    pid,
    now,
  });
  const claims = new ClaimsAhead({
    most: claimAhead,
    usable: () => policy.mode === 'redis' && !policy.recovering && !connection.closed,
    now,
    latest,
    giveBack: settles.giveBack,
  });
  const admissions = redisAdmissions({
    connection,
    policy,
    mirrorOf,
    call,
    claims,
    replay,
    behind,
    recoverMs,
    retryMs,
  });

  const store: RedisStore = {
    get mode() {
      return policy.recovering ? 'local' : policy.mode;
    },
    now,
    acquire: admissions.acquire,
    settle: settles.settle,
    restamp: settles.restamp,
    release: settles.release,
    async renew(key, lease, dims, ms) {
      renewLease(mirrorOf(key).state, lease, now() + ms);
      if (policy.mode === 'redis') await call('renew', key, dims, { lease, ms }).catch(missed(key));
    },
    async pause(key, ids, ms) {
      claims.drop(key);
      const state = mirrorOf(key).state;
      for (const id of ids) state.paused[id] = Math.max(state.paused[id] ?? 0, now() + ms);
      if (policy.mode === 'redis') await call('pause', key, [], { ids, ms }).catch(failed);
    },
    async align(key, demanded, used, freesInMs) {
      const dimension = bucketed(demanded);
      const mirror = mirrorOf(key);
      claims.drop(key);
      const at = now();
      alignDimension(mirror.state, dimension, used, freesInMs, at);
      mirror.moved.aligned(dimension.id, at);
      if (policy.mode !== 'redis') return;
      const reply = await call<unknown[]>('align', key, [dimension], {
        used: Math.round(used),
        freesIn: freesInMs,
      }).catch(missed(key));
      // Redis aligned on its own clock: what it admitted until then is in the count.
      if (typeof reply?.[3] === 'number') mirror.moved.aligned(dimension.id, Math.max(at, reply[3]));
    },
    read: redisRead({ connection, policy, call, claims, mirrorOf, now }),
    subscribe(key, listener) {
      if (connection.closed) throw new LimiterClosedError('store');
      const stop = wakeSubscription(client, `${tag(key)}:wake`, listener);
      const unsubscribe = () => {
        unsubscribes.delete(unsubscribe);
        stop();
      };
      unsubscribes.add(unsubscribe);
      return unsubscribe;
    },
    async close() {
      // Releases, settles and what claims ahead left asked before closing still go, ahead of the close.
      claims.drop();
      settles.flush();
      connection.close();
      for (const unsubscribe of [...unsubscribes]) unsubscribe();
    },
    [Symbol.asyncDispose]() {
      return this.close();
    },
  };
  // Admits at once what a claim ahead holds room for, recording it in the mirror; no lease is named
  // (sliding windows only).
  const admitNow: NonNullable<LimiterStore['admitNow']> = (key, dims) => {
    const prepared = preparedOf(dims);
    const at = claims.take(key, prepared);
    if (at !== undefined) record(mirrorOf(key).state, prepared.dims, '', at);
    return at;
  };
  // Not enumerable: a wrapper that spreads this store and replaces `acquire` decides through its own.
  return Object.defineProperties(store, {
    acquireMany: { value: admissions.acquireMany, enumerable: false },
    admitNow: { value: admitNow, enumerable: false },
  });
}
