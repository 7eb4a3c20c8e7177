import { reservationOf } from '../state/budget-log.js';
import { releaseLease, settleEntry } from '../state/decide.js';
import type { Dimension } from '../state/dimension.js';
import { stampOf } from '../state/window-log.js';
import type { LimiterStore } from '../stores/store.js';
import type { Mirror } from './mirror.js';
import type { ScriptCall } from './redis-connection.js';
import { bucketed } from './redis-keys.js';
import { settleBatches } from './settle-batch.js';

type Window = Extract<Dimension, { kind: 'window' }>;

/** What redisStore's settles, restamps and releases work with. */
export interface SettlesContext {
  mirrorOf(key: string): Mirror;
  call: ScriptCall;
  /** Whether Redis takes writes now (else the mirror alone is written, and replayed later). */
  toRedis(): boolean;
  /** Handles a write Redis refused: a full Redis leaves the key behind, to be replayed. */
  missed(key: string): (error: unknown) => void;
  /** This process's name in the members of Redis's windows and budgets. */
  pid: string;
  now(): number;
}

/**
 * redisStore's corrections of a lease after its admission: `settle` (what it really cost, in a
 * window or a budget), `restamp` (when it really reached MiniMax) and `release` (its CONN slots);
 * and `giveBack`, what a claim ahead left unused.
 * The mirror changes at once; Redis takes settles and releases a turn's worth per key at a time,
 * each member's merged into one.
 */
export function redisSettles(context: SettlesContext): Pick<
  Required<LimiterStore>,
  'settle' | 'restamp' | 'release'
> & {
  flush(): void;
  giveBack(key: string, d: Window, at: number, amount: number): void;
} {
  const { mirrorOf, call, toRedis, missed, pid, now } = context;
  const batches = settleBatches((key, dims, settles) =>
    call('settle', key, dims, { settles }).then(() => {}, missed(key)),
  );
  const settleSoon = batches.settle;

  // A budget's reservation becomes its cost, in the mirror and in the process's member of its until.
  async function settleBudget(key: string, d: Dimension, lease: string, amount: number): Promise<void> {
    const state = mirrorOf(key).state;
    const reservation = reservationOf(state, d.id, lease);
    if (!reservation) return; // settled already, or out of the budget's window
    const [until, reserved] = reservation;
    const cost = Math.max(0, Math.round(amount));
    settleEntry(state, d, lease, cost);
    if (toRedis()) await settleSoon(key, bucketed(d), { member: `${until}:${pid}`, reserved, cost });
  }

  return {
    /** Sends the settles and releases gathered so far now (the store is closing). */
    flush: batches.flush,
    /**
     * Gives back `amount` of `d` that a claim ahead made at `at` left unused. One that cannot go
     * (the store closed meanwhile) leaves it counted until its bucket leaves: too much, never too little.
     */
    giveBack(key, d, at, amount) {
      if (toRedis()) settleSoon(key, d, { member: `${stampOf(d, at)}:${pid}`, back: amount }).catch(() => {});
    },
    async release(key, lease, dims) {
      releaseLease(mirrorOf(key).state, lease);
      if (!toRedis()) return;
      const slots = dims.filter((d) => d.kind === 'conn');
      await Promise.all(slots.map((d) => settleSoon(key, d, { member: lease, release: true })));
    },
    async settle(key, dimension, lease, amount, admittedAt) {
      if (dimension.kind === 'budget') return settleBudget(key, dimension, lease, amount);
      // A lease's share is found by when it was admitted (the bucket Redis filed it under).
      if (dimension.kind !== 'window' || admittedAt === undefined) return;
      const d = bucketed(dimension) as Window;
      const rounded = Math.max(0, Math.round(amount));
      const mirror = mirrorOf(key);
      const share = mirror.moved.settle(mirror.state, d, lease, rounded, admittedAt, now());
      if (!share) return; // already out of every window
      if (toRedis() && rounded !== share.amount)
        await settleSoon(key, dimension, {
          member: `${stampOf(d, share.at)}:${pid}`,
          delta: rounded - share.amount,
        });
    },
    async restamp(key, lease, demanded, admittedAt) {
      const dims = demanded.map(bucketed).filter((d): d is Window => d.kind === 'window');
      const { state, moved } = mirrorOf(key);
      // Where the lease's amounts sit now: its settled share (TPM), or its admission's bucket.
      const moves = dims.map((d) => {
        const share = d.settles ? moved.of(lease, d, admittedAt) : { at: admittedAt, amount: d.amount };
        return [stampOf(d, share.at), share.amount];
      });
      let at = now();
      if (dims.length > 0 && toRedis()) {
        // The mirror moves to the bucket Redis chose, so a later settle names the same entry.
        const reply = await call<unknown[]>('restamp', key, dims, { moves }).catch(missed(key));
        if (typeof reply?.[3] === 'number') at = reply[3];
      }
      moved.restamp(state, dims, lease, admittedAt, at);
    },
  };
}
