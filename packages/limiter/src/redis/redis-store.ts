import { alignDimension } from '../state/align.js';
import { decide, releaseLease, renewLease, settleEntry, usage } from '../state/decide.js';
import type { Decision, Dimension } from '../state/dimension.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';
import type { DimensionUsage, LimiterStore } from '../stores/store.js';
import { limiterScript } from './limiter-script.js';

/** The few commands redisStore uses: an ioredis `Redis` or `Cluster`. */
export interface RedisClient {
  evalsha(sha: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  script(subcommand: 'LOAD', script: string): Promise<unknown>;
  duplicate(): RedisSubscriber;
}

/** A connection for pub/sub wake-ups. */
export interface RedisSubscriber {
  subscribe(channel: string): Promise<unknown>;
  on(event: 'message', listener: (channel: string, message: string) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  disconnect(): void;
}

/** Options of `redisStore`. */
export interface RedisStoreOptions {
  /** Your client (ioredis recommended); redisStore never closes it. */
  client: RedisClient;
  /** Prefix of every key; `mmk` when absent. Keys of one API key share the hash tag `{key}`. */
  prefix?: string;
  /**
   * The share of each limit this process may use on its own while Redis is unreachable, and while
   * a restarted Redis recovers. Set it to at most 1 / (number of processes); 0.25 when absent.
   */
  localShare?: number;
  /** How long a restarted (emptied) Redis gives only `localShare`, in ms; 61 s (a minute + guard) when absent. */
  recoverMs?: number;
  /**
   * A decision slower than this is refused and tried again after `retryMs`, in ms; 1000 when absent.
   * Only a connection that is down counts as Redis being away.
   */
  commandTimeoutMs?: number;
  /** While away, Redis is tried again after this long, in ms; 1000 when absent. */
  retryMs?: number;
}

/** Redis answered too slowly; it is still there. */
class SlowRedis extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
  }
}

type Reply = [
  ok: number,
  retryAfterMs: number,
  blockedBy: string,
  now: number,
  generation: string,
  used?: number[],
];

interface Mirror {
  /** What this process admitted (replayed into Redis after an outage or a restart). */
  state: LimiterState;
  dims: Map<string, Dimension>;
  generation: string | undefined;
  /** What every process together held of each limit at the last answer from Redis. */
  seen: Record<string, number>;
}

/**
 * Redis keeps a window in buckets (a 600th of it, or the limit's own buckets) so that its memory
 * stays bounded however many requests pass; each counts until its bucket's end leaves the window.
 */
function bucketed(d: Dimension): Dimension {
  if (d.kind !== 'window') return d;
  return { ...d, bucketMs: Math.max(1, Math.ceil(d.bucketMs > 0 ? d.bucketMs : d.windowMs / 600)) };
}

/** When what was held at `from` has certainly gone from `d`. */
function horizon(d: Dimension, from: number): number {
  switch (d.kind) {
    case 'window':
      return from + d.windowMs + d.guardMs + Math.max(d.bucketMs, 0);
    case 'anchored':
      return from + d.windowMs + d.guardMs;
    case 'conn':
      return from + d.leaseMs;
    case 'period':
      return Math.floor((from - d.alignMs) / d.periodMs) * d.periodMs + d.alignMs + d.periodMs;
  }
}

const sha1 = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/**
 * Keeps limiter state in Redis so many processes and machines share one API key's limits: every
 * decision is one Lua call (by SHA), checking and committing all limits atomically on Redis TIME;
 * all keys of an API key share one hash slot (Redis Cluster); keys expire on their own. When Redis
 * is unreachable the store fails closed to `localShare` of each limit, keeps serving, and replays
 * what it admitted when Redis returns, so nothing is admitted beyond the limits in between.
 */
export function redisStore(
  options: RedisStoreOptions,
): LimiterStore & { readonly mode: 'redis' | 'local'; close(): void } {
  const { client } = options;
  const prefix = options.prefix ?? 'mmk';
  const share = options.localShare ?? 0.25;
  const recoverMs = options.recoverMs ?? 61_000;
  const timeoutMs = options.commandTimeoutMs ?? 1000;
  const retryMs = options.retryMs ?? 1000;
  const pid = `${Math.random().toString(36).slice(2, 10)}`;
  const sha = sha1(limiterScript);
  let offset = 0;
  let mode: 'redis' | 'local' = 'redis';
  let awaySince = 0;
  const mirrors = new Map<string, Mirror>();
  const subscribers: RedisSubscriber[] = [];
  const now = () => Date.now() + offset;

  const mirrorOf = (key: string) => {
    let mirror = mirrors.get(key);
    if (!mirror) {
      mirror = { state: emptyState(), dims: new Map(), generation: undefined, seen: {} };
      mirrors.set(key, mirror);
    }
    return mirror;
  };
  const tag = (key: string) => `${prefix}:{${key}}`;
  const keysOf = (key: string, dims: readonly Dimension[]) => [
    `${tag(key)}:meta`,
    ...dims.flatMap((d) =>
      d.kind === 'window'
        ? [`${tag(key)}:log:${d.id}`, `${tag(key)}:amounts:${d.id}`]
        : [`${tag(key)}:${d.kind}:${d.id}`],
    ),
  ];

  async function call<T>(
    operation: string,
    key: string,
    dims: readonly Dimension[],
    payload: Record<string, unknown> = {},
  ): Promise<T> {
    const keys = keysOf(key, dims);
    const body = JSON.stringify({ pid, dims, recoverMs, channel: `${tag(key)}:wake`, ...payload });
    const run = async () => {
      const hash = await sha;
      try {
        return await client.evalsha(hash, keys.length, ...keys, operation, body);
      } catch (error) {
        if (!String((error as Error).message).includes('NOSCRIPT')) throw error;
        await client.script('LOAD', limiterScript); // Redis restarted, or never saw it
        return client.evalsha(hash, keys.length, ...keys, operation, body);
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SlowRedis(timeoutMs)), timeoutMs);
    });
    try {
      const reply = (await Promise.race([run(), late])) as T;
      const at = (reply as unknown[])[operation === 'read' ? 1 : 3];
      if (typeof at === 'number') offset = at - Date.now();
      return reply;
    } finally {
      clearTimeout(timer);
    }
  }

  // Replays this process's admissions into Redis (after it was away, or lost its data).
  async function replay(key: string, recover = false): Promise<void> {
    const mirror = mirrorOf(key);
    const dims = [...mirror.dims.values()];
    if (dims.length === 0) return;
    const entries = dims.map((d) => {
      if (d.kind === 'window') {
        // This process's entry of each bucket, as Redis keeps it
        const buckets = new Map<number, number>();
        for (const [time, amount] of mirror.state.logs[d.id]?.entries ?? [])
          buckets.set(time, (buckets.get(time) ?? 0) + amount);
        return [...buckets];
      }
      if (d.kind === 'conn') return Object.entries(mirror.state.leases[d.id] ?? {});
      return mirror.state.spans[d.id] ?? {};
    });
    await call('merge', key, dims, { entries, recover });
  }

  // Until this time, decide on this process's share alone: Redis was away, or lost its data, and
  // has not yet heard from every process (one window is long enough for all to have replayed).
  let localUntil = 0;
  // When this process last lost Redis or found it emptied, on Redis's clock.
  let lostAt = Number.NEGATIVE_INFINITY;

  const away = () => {
    if (mode === 'redis') {
      awaySince = Date.now();
      lostAt = now();
    }
    mode = 'local';
  };
  // Redis unreachable, loading or failing over: decide locally. A script error is a bug to report,
  // not an outage to hide. A slow answer is no outage either: Redis may be serving every other
  // process, and may even have run the call, so deciding alone then could admit twice.
  const failed = (error: unknown) => {
    if (/^ERR /.test(String((error as Error | undefined)?.message))) throw error;
    if (!(error instanceof SlowRedis)) away();
  };

  // After being away: replay what was admitted meanwhile, then keep to the share for a window.
  async function tryRedis(key: string): Promise<boolean> {
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
  }

  // This process's share of what was free when Redis was lost; of the whole limit once everything
  // held then has gone. A limit never seen from Redis counts as full until then.
  const shareOf = (mirror: Mirror, dims: readonly Dimension[], at: number) =>
    dims.map((d) => {
      const held = at < horizon(d, lostAt) ? (mirror.seen[d.id] ?? d.limit) : 0;
      return { ...d, limit: Math.floor(Math.max(0, d.limit - held) * share) };
    });
  const unlimited = (dims: readonly Dimension[]) =>
    dims.map((d) => ({ ...d, limit: Number.POSITIVE_INFINITY }));

  // Fail closed: this process's share of every limit; what only the full limit could take waits.
  function decideLocally(mirror: Mirror, dims: readonly Dimension[], lease: string): Decision {
    const at = now();
    const local = decide(mirror.state, shareOf(mirror, dims, at), lease, at);
    if (local.ok) return { ok: true, at };
    return Number.isFinite(local.retryAfterMs) ? local : { ...local, retryAfterMs: retryMs };
  }

  // While Redis is reachable but not yet trusted, a local admission is written through at once, so
  // that Redis holds everything by the time every process trusts it again.
  async function decideRecovering(key: string, dims: readonly Dimension[], lease: string): Promise<Decision> {
    const decision = decideLocally(mirrorOf(key), dims, lease);
    if (decision.ok) await replay(key).catch(failed);
    return decision;
  }

  return {
    get mode() {
      return mode === 'redis' && Date.now() < localUntil ? 'local' : mode;
    },
    now,
    async acquire(key, demanded, lease) {
      const dims = demanded.map(bucketed);
      const mirror = mirrorOf(key);
      for (const d of dims) mirror.dims.set(d.id, { ...d, amount: 0 });
      if (!(await tryRedis(key))) return decideLocally(mirror, dims, lease);
      if (Date.now() < localUntil) return decideRecovering(key, dims, lease);
      try {
        const known = mirror.generation !== undefined;
        const [code, retryAfterMs, blockedBy, at, generation, used] = await call<Reply>(
          'acquire',
          key,
          dims,
          {
            lease,
            known,
          },
        );
        const lost = known && mirror.generation !== generation;
        mirror.generation = generation;
        if (used) {
          for (const [i, d] of dims.entries()) mirror.seen[d.id] = used[i] ?? d.limit;
        }
        if (code === 2 || lost) {
          lostAt = at;
          // Redis lost its data: give back what this process had admitted, and keep to the share
          // until every process has had the time to do the same.
          localUntil = Date.now() + (code === 2 ? retryAfterMs : recoverMs);
          await replay(key, true);
          return decideRecovering(key, dims, lease);
        }
        if (code === 0)
          return {
            ok: false,
            retryAfterMs: retryAfterMs < 0 ? Number.POSITIVE_INFINITY : retryAfterMs,
            blockedBy,
          };
        decide(mirror.state, unlimited(dims), lease, at);
        return { ok: true, at };
      } catch (error) {
        failed(error);
        // Too slow to know: refuse for now (what Redis may have admitted lapses with its window).
        if (error instanceof SlowRedis) return { ok: false, retryAfterMs: retryMs, blockedBy: 'redis' };
        return decideLocally(mirror, dims, lease);
      }
    },
    async settle(key, dimension, lease, amount) {
      const rounded = Math.max(0, Math.round(amount));
      const entries = mirrorOf(key).state.logs[dimension.id]?.entries ?? [];
      let entry: (typeof entries)[number] | undefined;
      for (let i = entries.length - 1; i >= 0 && !entry; i--)
        if (entries[i]?.[2] === lease) entry = entries[i];
      if (!entry) return; // already out of every window
      const [time, reserved] = entry;
      settleEntry(mirrorOf(key).state, dimension.id, lease, rounded);
      if (mode === 'redis' && rounded !== reserved)
        await call('settle', key, [dimension], { member: `${time}:${pid}`, delta: rounded - reserved }).catch(
          failed,
        );
    },
    async release(key, lease, dims) {
      releaseLease(mirrorOf(key).state, lease);
      if (mode === 'redis') await call('release', key, dims, { lease }).catch(failed);
    },
    async renew(key, lease, dims, ms) {
      renewLease(mirrorOf(key).state, lease, now() + ms);
      if (mode === 'redis') await call('renew', key, dims, { lease, ms }).catch(failed);
    },
    async pause(key, ids, ms) {
      const state = mirrorOf(key).state;
      for (const id of ids) state.paused[id] = Math.max(state.paused[id] ?? 0, now() + ms);
      if (mode === 'redis') await call('pause', key, [], { ids, ms }).catch(failed);
    },
    async align(key, demanded, used, freesInMs) {
      const dimension = bucketed(demanded);
      alignDimension(mirrorOf(key).state, dimension, used, freesInMs, now());
      if (mode === 'redis')
        await call('align', key, [dimension], { used: Math.round(used), freesIn: freesInMs }).catch(failed);
    },
    async read(key, demanded) {
      const dims = demanded.map(bucketed);
      if (mode === 'redis') {
        try {
          const [json] = await call<[string, number, string]>('read', key, dims);
          const rows = JSON.parse(json) as [string, number, number, number][] | Record<string, never>;
          const out: Record<string, DimensionUsage> = {};
          const at = now();
          (Array.isArray(rows) ? rows : []).forEach(([id, used, freesAt, pausedUntil], i) => {
            out[id] = {
              used,
              limit: dims[i]?.limit ?? 0,
              freesAt: freesAt < 0 ? undefined : freesAt,
              ...(pausedUntil > at ? { pausedUntil } : {}),
            };
          });
          return out;
        } catch (error) {
          failed(error);
        }
      }
      const mirror = mirrorOf(key);
      const at = now();
      return Object.fromEntries(shareOf(mirror, dims, at).map((d) => [d.id, usage(mirror.state, d, at)]));
    },
    subscribe(key, listener) {
      const subscriber = client.duplicate();
      subscribers.push(subscriber);
      subscriber.on('error', () => {}); // reconnection is the client's business; decisions fail closed meanwhile
      subscriber.on('message', () => listener());
      subscriber.subscribe(`${tag(key)}:wake`).catch(() => {});
      return () => subscriber.disconnect();
    },
    close() {
      for (const subscriber of subscribers.splice(0)) subscriber.disconnect();
    },
  };
}
