import { LimiterClosedError } from '../errors/limiter-closed-error.js';
import { record } from '../state/decide.js';
import type { Decision, Dimension } from '../state/dimension.js';
import { inOrder } from '../stores/in-order.js';
import type { LimiterStore } from '../stores/store.js';
import { admissionBatch } from './admission-batch.js';
import type { ClaimsAhead } from './claims-ahead.js';
import type { failover } from './failover.js';
import type { Mirror } from './mirror.js';
import { type Prepared, preparedOf } from './prepared-draw.js';
import { isFull, type RedisConnection, type ScriptCall } from './redis-connection.js';
import { SlowRedis } from './slow-redis.js';

// An admission in a batch: admitted (1), not decided (3: one ahead of it blocked a limit it
// shares), or refused.
type Answer = 1 | 3 | [code: 0, retryAfterMs: number, blockedBy: string];
// What every process together holds of each dimension after a batch (null: no decision read it).
type Seen = (number | null)[];
// Every reply of the script starts with the same five; an admission's then says what every process
// holds and how many it claimed ahead.
type Reply<T = number[], S = never> = [
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
 * redisStore's `acquire` and `acquireMany`: one script call decides one admission, or a batch of
 * them in queue order (one round trip for many waiters). Away, recovering or catching up, the
 * store decides one at a time on its local share.
 */
export function redisAdmissions(context: AdmissionsContext) {
  const { connection, policy, mirrorOf, call, claims, replay, behind, recoverMs, retryMs } = context;

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

  const acquire: LimiterStore['acquire'] = async (key, demanded, lease) => {
    const mirror = mirrorOf(key);
    const prepared = prepare(mirror, demanded);
    const { dims } = prepared;
    const taken = claims.take(key, prepared);
    if (taken !== undefined) return answer(mirror, prepared, lease, 1, 0, '', taken);
    if (!(await toRedis(key))) return local(key, mirror, dims, lease);
    try {
      await catchUp(key);
      const known = mirror.generation !== undefined;
      const { epoch } = claims;
      const claim = claims.wanted(key, prepared);
      const reply = await call<Reply>(
        'acquire',
        key,
        dims,
        claim > 0 ? { lease, known, claim } : { lease, known },
      );
      const [code, retryAfterMs, blockedBy, at, , used, claimed] = reply;
      if (await generationOf(key, mirror, reply, known)) {
        // A claim made as the loss was found: given back at once (the loss dropped the others).
        if (claimed) claims.claimed(key, prepared, claimed, at, epoch);
        return policy.decideRecovering(key, mirror, dims, lease);
      }
      // What every process together holds, as last seen: the share this process keeps to should
      // Redis go. A dimension a refusal stopped before reading counts as full.
      if (used) for (const [i, d] of dims.entries()) mirror.seen[d.id] = used[i] ?? d.limit;
      if (claimed) claims.claimed(key, prepared, claimed, at, epoch);
      return answer(mirror, prepared, lease, code, retryAfterMs, blockedBy, at);
    } catch (error) {
      policy.failed(error);
      return failure(key, mirror, dims, lease, error);
    }
  };

  const acquireMany: NonNullable<LimiterStore['acquireMany']> = async (key, requests) => {
    const mirror = mirrorOf(key);
    // In queue order: those a claim ahead admits, until one it cannot.
    const out: (Decision | undefined)[] = [];
    for (const r of requests) {
      const prepared = prepare(mirror, r.dims);
      const taken = claims.take(key, prepared);
      if (taken === undefined) break;
      out.push(answer(mirror, prepared, r.lease, 1, 0, '', taken));
    }
    const rest = out.length === 0 ? requests : requests.slice(out.length);
    const [first] = rest;
    if (!first) return out;
    if (rest.length === 1) return [...out, await acquire(key, first.dims, first.lease)];
    if (!(await toRedis(key)))
      return [...out, ...(await inOrder(rest, (r) => acquire(key, r.dims, r.lease)))];
    const draws = rest.map((r) => ({ lease: r.lease, prepared: prepare(mirror, r.dims) }));
    const { dims: all, batch } = admissionBatch(draws);
    const asked = () => draws.map(({ lease, prepared }) => ({ lease, dims: prepared.dims }));
    try {
      await catchUp(key);
      const known = mirror.generation !== undefined;
      // A claim ahead for the first draw that can claim, should the batch all be admitted.
      const k = draws.findIndex((draw) => draw.prepared.shape !== undefined);
      const claimer = draws[k]?.prepared;
      const { epoch } = claims;
      const wanted = claimer ? claims.wanted(key, claimer) : 0;
      const payload = wanted > 0 ? { batch, known, claim: [wanted, k + 1] } : { batch, known };
      const reply = await call<Reply<Answer[], Seen>>('acquire-many', key, all, payload);
      const [, , , at, , answers = [], seen, claimed] = reply;
      if (await generationOf(key, mirror, reply, known)) {
        if (claimer && claimed) claims.claimed(key, claimer, claimed, at, epoch);
        return [
          ...out,
          ...(await inOrder(asked(), (r) => policy.decideRecovering(key, mirror, r.dims, r.lease))),
        ];
      }
      // null: only requests left undecided named it, and what was seen of it before stands.
      for (const [i, d] of all.entries()) {
        const held = seen?.[i];
        if (typeof held === 'number') mirror.seen[d.id] = held;
      }
      for (const [n, { lease, prepared }] of draws.entries()) {
        const a = answers[n];
        if (a === 1) out.push(answer(mirror, prepared, lease, 1, 0, '', at));
        else if (Array.isArray(a)) out.push(answer(mirror, prepared, lease, 0, a[1], a[2], at));
        else out.push(undefined);
      }
      if (claimer && claimed) claims.claimed(key, claimer, claimed, at, epoch);
      return out;
    } catch (error) {
      policy.failed(error);
      return [...out, ...(await inOrder(asked(), (r) => failure(key, mirror, r.dims, r.lease, error)))];
    }
  };

  return { acquire, acquireMany };
}
