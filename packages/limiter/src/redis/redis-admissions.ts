import type { Decision } from '../state/dimension.js';
import { inOrder } from '../stores/in-order.js';
import type { LimiterStore } from '../stores/store.js';
import { admissionBatch } from './admission-batch.js';
import {
  type AdmissionsContext,
  type Answer,
  admissionSteps,
  type Reply,
  type Seen,
} from './admission-steps.js';

/**
 * redisStore's `acquire` and `acquireMany`: one script call decides one admission, or a batch of
 * them in queue order (one round trip for many waiters). Away, recovering or catching up, the
 * store decides one at a time on its local share.
 */
export function redisAdmissions(context: AdmissionsContext) {
  const { policy, mirrorOf, call, claims } = context;
  const { prepare, toRedis, catchUp, local, answer, generationOf, failure } = admissionSteps(context);

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
