import type { Dimension } from '../state/dimension.js';
import type { LimiterState } from '../state/limiter-state.js';
import { restampLease } from '../state/restamp.js';
import { logOf, reachOf, settleEntry, type WindowShare } from '../state/window-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;

/**
 * Where leases hold their TPM shares in a state kept in columns (the memory store's, a Redis
 * store's mirror), for the few that are no longer their reservation at their admission: settled to
 * another amount, or restamped to a later time. Merged logs find a share by time and amount, so a
 * lease that settles or restamps (one a call, never one a decision) is noted here until its share
 * has left the window.
 */
export class MovedShares {
  #shares = new Map<string, WindowShare & { until: number }>();
  // When each window was last aligned (its log replaced by what the server counts).
  #alignedAt = new Map<string, number>();

  /**
   * Notes that window `id`'s log was replaced at `at` by what the server counts: shares recorded
   * until then are no longer in it (the server's count holds them), and settle nothing.
   */
  aligned(id: string, at: number): void {
    this.#alignedAt.set(id, at);
  }

  /** `lease`'s share of `d`, admitted at `admittedAt`. */
  of(lease: string, d: Window, admittedAt: number): WindowShare {
    return this.#shares.get(lease) ?? { at: admittedAt, amount: d.amount };
  }

  /** Notes that `lease`'s share of `d` is now `share`; forgets those that have left their window. */
  note(lease: string, d: Window, share: WindowShare, now: number): void {
    this.#shares.delete(lease);
    this.#shares.set(lease, { ...share, until: share.at + reachOf(d) });
    // Roughly oldest first (insertion order): a late one waits for those before it.
    for (const [old, { until }] of this.#shares) {
      if (until > now) break;
      this.#shares.delete(old);
    }
  }

  /**
   * Settles `lease`'s share of window `d` in `state` at `amount`: answers the share it held before,
   * or undefined when that has left the window (nothing changed).
   */
  settle(
    state: LimiterState,
    d: Window,
    lease: string,
    amount: number,
    admittedAt: number,
    now: number,
  ): WindowShare | undefined {
    const share = this.of(lease, d, admittedAt);
    // Recorded no later than an alignment (the same instant included): the bucket of its time may
    // hold only later leases now.
    if (share.at <= (this.#alignedAt.get(d.id) ?? Number.NEGATIVE_INFINITY)) return undefined;
    const settled = Math.max(0, amount);
    if (state.logs[d.id]) logOf(state, d, now); // what has left the window by now is gone
    if (!settleEntry(state, d, lease, settled, share)) return undefined;
    this.note(lease, d, { at: share.at, amount: settled }, now);
    return share;
  }

  /** Moves what `lease` holds of each sliding window of `dims` in `state` to `at` (`restampLease`). */
  restamp(
    state: LimiterState,
    dims: readonly Dimension[],
    lease: string,
    admittedAt: number,
    at: number,
  ): void {
    for (const d of dims) {
      if (d.kind !== 'window' || !d.settles) {
        restampLease(state, [d], lease, admittedAt, at);
        continue;
      }
      // What it holds now moves from where it sits; what has left its window stays.
      const share = this.of(lease, d, admittedAt);
      if (restampLease(state, [{ ...d, amount: share.amount }], lease, share.at, at) > 0)
        this.note(lease, d, { at, amount: share.amount }, at);
    }
  }
}
