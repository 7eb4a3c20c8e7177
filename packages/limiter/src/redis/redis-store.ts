import { alignDimension } from '../state/align.js';
import { decide, releaseLease, renewLease, settleEntry, usage } from '../state/decide.js';
import type { Decision, Dimension } from '../state/dimension.js';
import { emptyState, type LimiterState } from '../state/limiter-state.js';
import type { DimensionUsage, LimiterStore } from '../stores/store.js';
import { limiterScript } from './limiter-script.js';

/** The few commands redisStore uses: an ioredis `Redis` or `Cluster` (node-redis works through a small adapter). */
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
  /** A call slower than this counts as Redis being away, in ms; 1000 when absent. */
  commandTimeoutMs?: number;
  /** While away, Redis is tried again after this long, in ms; 1000 when absent. */
  retryMs?: number;
}

type Reply = [ok: number, retryAfterMs: number, blockedBy: string, now: number, generation: string];

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
  const mirrors = new Map<
    string,
    { state: LimiterState; dims: Map<string, Dimension>; generation: string | undefined }
  >();
  const subscribers: RedisSubscriber[] = [];
  const now = () => Date.now() + offset;

  const mirrorOf = (key: string) => {
    let mirror = mirrors.get(key);
    if (!mirror) {
      mirror = { state: emptyState(), dims: new Map(), generation: undefined };
      mirrors.set(key, mirror);
    }
    return mirror;
  };
  const tag = (key: string) => `${prefix}:{${key}}`;
  const keysOf = (key: string, dims: readonly Dimension[]) => [
    `${tag(key)}:paused`,
    `${tag(key)}:generation`,
    `${tag(key)}:recovering`,
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
    const body = JSON.stringify({ pid, dims, share, recoverMs, channel: `${tag(key)}:wake`, ...payload });
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
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
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
        return (mirror.state.logs[d.id]?.entries ?? []).map(([time, amount, lease]) => [
          time,
          amount,
          d.settles ? lease : `${pid}:${time}`,
        ]);
      }
      if (d.kind === 'conn') return Object.entries(mirror.state.leases[d.id] ?? {});
      return mirror.state.spans[d.id] ?? {};
    });
    await call('merge', key, dims, { entries, recover });
  }

  const away = (error: unknown) => {
    if (mode === 'redis') awaySince = Date.now();
    mode = 'local';
    void error;
  };

  async function tryRedis(key: string): Promise<boolean> {
    if (mode === 'redis') return true;
    if (Date.now() - awaySince < retryMs) return false;
    try {
      await replay(key);
      mode = 'redis';
      return true;
    } catch (error) {
      awaySince = Date.now();
      void error;
      return false;
    }
  }

  const scaled = (dims: readonly Dimension[]) =>
    dims.map((d) => ({ ...d, limit: Math.floor(d.limit * share) }));
  const unlimited = (dims: readonly Dimension[]) =>
    dims.map((d) => ({ ...d, limit: Number.POSITIVE_INFINITY }));

  return {
    get mode() {
      return mode;
    },
    now,
    async acquire(key, dims, lease) {
      const mirror = mirrorOf(key);
      for (const d of dims) mirror.dims.set(d.id, { ...d, amount: 0 });
      if (await tryRedis(key)) {
        try {
          const [ok, retryAfterMs, blockedBy, at, generation] = await call<Reply>('acquire', key, dims, {
            lease,
            known: mirror.generation !== undefined,
          });
          if (mirror.generation !== undefined && mirror.generation !== generation) {
            // Redis lost its data: give it back what this process had admitted, and keep
            // everyone to a share until the others have too.
            mirror.generation = generation;
            await replay(key, true);
          }
          mirror.generation = generation;
          if (!ok)
            return {
              ok: false,
              retryAfterMs: retryAfterMs < 0 ? Number.POSITIVE_INFINITY : retryAfterMs,
              blockedBy,
            } as Decision;
          decide(mirror.state, unlimited(dims), lease, at);
          return { ok: true };
        } catch (error) {
          away(error);
        }
      }
      // Redis is away: fail closed to this process's share of every limit; what only the full
      // limit could take waits for Redis to come back.
      const local = decide(mirror.state, scaled(dims), lease, now());
      return local.ok || Number.isFinite(local.retryAfterMs) ? local : { ...local, retryAfterMs: retryMs };
    },
    async settle(key, dimension, lease, amount) {
      const rounded = Math.max(0, Math.round(amount));
      settleEntry(mirrorOf(key).state, dimension.id, lease, rounded);
      if (mode === 'redis') await call('settle', key, [dimension], { lease, amount: rounded }).catch(away);
    },
    async release(key, lease, dims) {
      releaseLease(mirrorOf(key).state, lease);
      if (mode === 'redis') await call('release', key, dims, { lease }).catch(away);
    },
    async renew(key, lease, dims, ms) {
      renewLease(mirrorOf(key).state, lease, now() + ms);
      if (mode === 'redis') await call('renew', key, dims, { lease, ms }).catch(away);
    },
    async pause(key, ids, ms) {
      const state = mirrorOf(key).state;
      for (const id of ids) state.paused[id] = Math.max(state.paused[id] ?? 0, now() + ms);
      if (mode === 'redis') await call('pause', key, [], { ids, ms }).catch(away);
    },
    async align(key, dimension, used, freesInMs) {
      alignDimension(mirrorOf(key).state, dimension, used, freesInMs, now());
      if (mode === 'redis')
        await call('align', key, [dimension], { used: Math.round(used), freesIn: freesInMs }).catch(away);
    },
    async read(key, dims) {
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
          away(error);
        }
      }
      const state = mirrorOf(key).state;
      const at = now();
      return Object.fromEntries(scaled(dims).map((d) => [d.id, usage(state, d, at)]));
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
