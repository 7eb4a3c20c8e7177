import type { Dimension } from '../state/dimension.js';
import { reachOf, type WindowShare } from '../state/window-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;

/**
 * Where the memory store's leases hold their TPM shares, for the few that are no longer their
 * reservation at their admission: settled to another amount, or restamped to a later time. Its
 * merged logs find a share by time and amount, so a lease that settles or restamps (one a call,
 * never one a decision) is noted here until its share has left the window.
 */
export class MovedShares {
  #shares = new Map<string, WindowShare & { until: number }>();

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
}
