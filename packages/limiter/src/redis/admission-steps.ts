import { LimiterClosedError } from '../errors/limiter-closed-error.js';
import { record } from '../state/decide.js';
import type { Decision, Dimension } from '../state/dimension.js';
import type { ClaimsAhead } from './claims-ahead.js';
import type { failover } from './failover.js';
import type { Mirror } from './mirror.js';
import { type Prepared, preparedOf } from './prepared-draw.js';
import { isFull, type RedisConnection, type ScriptCall } from './redis-connection.js';
import { SlowRedis } from './slow-redis.js';

// An admission in a batch: admitted (1), not decided (3: one ahead of it blocked a limit it
// shares), or refused.
export type Answer = 1 | 3 | [code: 0, retryAfterMs: number, blockedBy: string];
// What every process together holds of each dimension after a batch (null: no decision read it).
export type Seen = (number | null)[];
// Every reply of the script starts with the same five; an admission's then says what every process
// holds and how many it claimed ahead.
export type Reply<T = number[], S = never> = [
  code: number,
  retryAfterMs: number,
  blockedBy: string,
  now: number,
  generation: string,
  rest?: T,
  seen?: S,
  claimed?: number,
];

/** What redisStore's admissions work with. */
export interface AdmissionsContext {
  connection: RedisConnection;
  policy: ReturnType<typeof failover>;
  mirrorOf(key: string): Mirror;
  call: ScriptCall;
  claims: ClaimsAhead;
  replay(key: string, recover?: boolean): Promise<void>;
  /** Keys whose mirror holds writes a full Redis refused, replayed before their next decision. */
  behind: Set<string>;
  recoverMs: number;
  retryMs: number;
}

/**
 * The steps every redisStore admission shares: where it is decided (Redis, or the local share while
 * Redis is away or recovering), and what Redis's reply, or its failure, means here.
 */
export function admissionSteps(context: AdmissionsContext) {
  const { connection, policy, claims, replay, behind, recoverMs, retryMs, call } = context;

  // A draw as Redis takes it; the mirror learns its dimensions (at amount 0) for replays.
  const prepare = (mirror: Mirror, demanded: readonly Dimension[]) => {
    if (connection.closed) throw new LimiterClosedError('store');
    const prepared = preparedOf(demanded);
    for (const zero of prepared.zeros) if (mirror.dims.get(zero.id) !== zero) mirror.dims.set(zero.id, zero);
    return prepared;
  };

  // Whether this key's decisions can go to Redis now; false: decide on the local share. Answered
  // at once while Redis is up (a decision's path takes no turn it does not need).
  const toRedis = (key: string): boolean | Promise<boolean> =>
    policy.mode === 'redis'
      ? !policy.recovering
      : policy.tryRedis(key).then((up) => up && !policy.recovering);
  // Writes a full Redis refused go in before the key's next decision there.
  const catchUp = (key: string): Promise<void> | undefined =>
    behind.has(key) ? replay(key).then(() => void behind.delete(key)) : undefined;

  const local = (key: string, mirror: Mirror, dims: readonly Dimension[], lease: string) =>
    policy.recovering
      ? policy.decideRecovering(key, mirror, dims, lease)
      : policy.decideLocally(key, mirror, dims, lease);

  // What Redis's answer means here: the mirror records an admission (at Redis's time `at`) whatever
  // it holds itself — a pause it keeps may have ended on Redis's clock a moment earlier.
  function answer(
    mirror: Mirror,
    { dims }: Prepared,
    lease: string,
    code: number,
    retryAfterMs: number,
    blockedBy: string,
    at: number,
  ): Decision {
    if (code === 0)
      return {
        ok: false,
        retryAfterMs: retryAfterMs < 0 ? Number.POSITIVE_INFINITY : retryAfterMs,
        blockedBy,
      };
    record(mirror.state, dims, lease, at);
    return { ok: true, at };
  }

  // A generation this process did not know (Redis lost its data), or the script's own "recovering".
  function generationOf(
    key: string,
    mirror: Mirror,
    reply: Reply<unknown, unknown>,
    known: boolean,
  ): boolean | Promise<boolean> {
    const [code, retryAfterMs, , at, generation] = reply;
    const lost = known && mirror.generation !== generation;
    mirror.generation = generation;
    if (code !== 2 && !lost) return false;
    // What this process claimed ahead went with the data (or waits out the recovery): not given back.
    if (lost) claims.drop(key, false);
    // Give back what this process had admitted, and keep to the share until every process has had
    // the time to do the same.
    policy.lost(at, code === 2 ? retryAfterMs : recoverMs);
    return replay(key, true).then(() => true);
  }

  // A call that failed: refuse, or decide on the local share, as the failure allows.
  function failure(
    key: string,
    mirror: Mirror,
    dims: readonly Dimension[],
    lease: string,
    error: unknown,
  ): Decision {
    // Full: the script stopped at its first write, so nothing was taken. Refuse until it fits.
    if (isFull(error)) return { ok: false, retryAfterMs: retryMs, blockedBy: 'redis' };
    if (error instanceof SlowRedis) {
      // Too slow to know: refuse for now. Redis may still run the call once it answers again; a
      // release sent behind it on the same connection frees any CONN slot it took then (what it
      // took of a window lapses with the window, which can only keep it further under).
      if (dims.some((d) => d.kind === 'conn')) call('release', key, dims, { lease }).catch(() => {});
      return { ok: false, retryAfterMs: retryMs, blockedBy: 'redis' };
    }
    return policy.decideLocally(key, mirror, dims, lease);
  }

  return { prepare, toRedis, catchUp, local, answer, generationOf, failure };
}
