import type { Dimension } from '../state/dimension.js';
import { stampOf } from '../state/window-log.js';
import type { Prepared } from './prepared-draw.js';

type Window = Extract<Dimension, { kind: 'window' }>;

/** What a claim ahead leaves of each window of its shape, until its bucket ends. */
interface Claim {
  key: string;
  dims: readonly Window[];
  /** Redis TIME of the call that claimed it: in the bucket of every window it claimed in. */
  at: number;
  /** When the first of its buckets ends (Redis TIME): after that it admits nothing. */
  ends: number;
  left: number[];
  served: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** One shape of draw in one key: its live claim (or the last one) and when Redis last decided one. */
interface Pace {
  claim: Claim | undefined;
  askedAt: number;
}

/** What claims ahead work with. */
export interface ClaimsContext {
  /** The most admissions of one shape a call claims; 0: none. */
  most: number;
  /** Whether Redis decides now (claims are only taken while it does). */
  usable(): boolean;
  /** The store's clock (Redis TIME as last seen). */
  now(): number;
  /** The latest Redis TIME can be now: a claim is taken only while its buckets certainly last. */
  latest(): number;
  /** Gives back what a claim left unused: `amount` of `d` in its bucket of `at`. */
  giveBack(key: string, d: Window, at: number, amount: number): void;
}

/**
 * Capacity this process claims ahead from Redis, so that a stream of alike decisions needs no round
 * trip each. A call that admits a draw of sliding windows may also claim `n` more of it, in the
 * bucket of now (at most half of what each window has free): Redis counts them at once, and this
 * process admits from them on its own until that bucket ends, then gives back what is left. Each
 * admission from a claim is counted where Redis counted the claim, so every window stays exact; a
 * claim only ever holds capacity early, for at most a bucket (100 ms of a minute's window).
 */
export class ClaimsAhead {
  #paces = new Map<string, Map<string, Pace>>();
  #live = new Set<Claim>();
  #context: ClaimsContext;
  /**
   * Counts drops: a claim asked before a drop (a pause, an alignment, lost data) is given back as
   * soon as it arrives, since the call that made it may have run before what dropped the others.
   */
  epoch = 0;

  /** `context.most` is `redisStore`'s checked `claimAhead`. */
  constructor(context: ClaimsContext) {
    this.#context = context;
  }

  /** Admits the draw from its shape's claim and answers when (Redis TIME), or undefined having taken nothing. */
  take(key: string, prepared: Prepared): number | undefined {
    const { shape, amounts } = prepared;
    if (shape === undefined) return undefined;
    const claim = this.#paces.get(key)?.get(shape)?.claim;
    if (claim?.timer === undefined || !this.#context.usable() || this.#context.latest() >= claim.ends)
      return undefined;
    const { left } = claim;
    for (let i = 0; i < left.length; i++) if ((left[i] as number) < (amounts[i] as number)) return undefined;
    for (let i = 0; i < left.length; i++) (left[i] as number) -= amounts[i] as number;
    claim.served += 1;
    return Math.max(this.#context.now(), claim.at);
  }

  /** How many more of the draw a call deciding it should claim: twice what the last claim served. */
  wanted(key: string, prepared: Prepared): number {
    const { shape } = prepared;
    const { most, now } = this.#context;
    if (shape === undefined || most <= 0) return 0;
    let paces = this.#paces.get(key);
    if (!paces) {
      paces = new Map();
      this.#paces.set(key, paces);
    }
    let pace = paces.get(shape);
    if (!pace) {
      pace = { claim: undefined, askedAt: Number.NEGATIVE_INFINITY };
      paces.set(shape, pace);
    }
    // Only a stream that asks again within a bucket could use a claim before it ends.
    const at = now();
    const streaming = at - pace.askedAt < prepared.bucketMs;
    pace.askedAt = at;
    if (!streaming) return 0;
    return Math.min(most, Math.max(1, 2 * (pace.claim?.served ?? 0)));
  }

  /** Keeps what a call asked at `epoch` claimed: `n` more of the draw, at Redis TIME `at`. */
  claimed(key: string, prepared: Prepared, n: number, at: number, epoch: number): void {
    if (n <= 0) return;
    const dims = prepared.dims as readonly Window[];
    let ends = Number.POSITIVE_INFINITY;
    for (const d of dims) ends = Math.min(ends, stampOf(d, at) + d.bucketMs);
    const claim: Claim = {
      key,
      dims,
      at,
      ends,
      left: prepared.amounts.map((amount) => amount * n),
      served: 0,
      timer: undefined,
    };
    const pace = prepared.shape === undefined ? undefined : this.#paces.get(key)?.get(prepared.shape);
    if (!pace || epoch !== this.epoch) {
      this.#end(claim, true);
      return;
    }
    // The claim it replaces still gives back its rest when its own bucket ends.
    pace.claim = claim;
    this.#live.add(claim);
    claim.timer = setTimeout(() => this.#end(claim, true), Math.max(0, ends - this.#context.latest()) + 1);
    (claim.timer as { unref?: () => void }).unref?.(); // never keeps Node alive
  }

  /** What this process's live claims hold unused of dimension `id` in `key`. */
  unused(key: string, id: string): number {
    let unused = 0;
    for (const claim of this.#live)
      if (claim.key === key)
        for (const [i, d] of claim.dims.entries()) if (d.id === id) unused += claim.left[i] as number;
    return unused;
  }

  /**
   * Ends every live claim of `key` (of every key when absent) now, and those still on their way:
   * their rest is given back, unless Redis lost it (`giveBack` false).
   */
  drop(key?: string, giveBack = true): void {
    this.epoch += 1;
    for (const claim of this.#live) if (key === undefined || claim.key === key) this.#end(claim, giveBack);
  }

  #end(claim: Claim, giveBack: boolean): void {
    clearTimeout(claim.timer);
    claim.timer = undefined;
    this.#live.delete(claim);
    for (const [i, d] of claim.dims.entries()) {
      const rest = claim.left[i] as number;
      claim.left[i] = 0;
      if (rest > 0 && giveBack) this.#context.giveBack(claim.key, d, claim.at, rest);
    }
  }
}
