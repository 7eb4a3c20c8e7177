import type { Dimension } from './dimension.js';
import type { LimiterState } from './limiter-state.js';
import { RingLog } from './ring-log.js';
import { reachOf, stampOf } from './window-log.js';

type Window = Extract<Dimension, { kind: 'window' }>;

// What one draw asks of a state's logs, found once: the logs, and each one's reach, amount and limit.
interface Plan {
  epoch: number;
  logs: RingLog[];
  windows: Window[];
  reaches: number[];
}

/**
 * The memory store's usual admission, for one key's state: a draw of sliding windows kept in
 * columns, none paused, each with room. What a draw asks is worked out once per draw (its frozen
 * dimensions), so an admission is a drop and a comparison per log, then an add. Anything else
 * answers false, recording nothing, and `decide` decides as it would have.
 */
export class RingAdmissions {
  #plans = new WeakMap<readonly Dimension[], Plan>();
  // Draws that never fit a plan: a limit of another kind, or an amount above its limit.
  #never = new WeakSet<readonly Dimension[]>();
  /** Changed whenever a log is replaced or a limit paused: the plans made before are made again. */
  epoch = 0;

  /**
   * Records the draw at the clock's time and answers that time, or answers undefined having changed
   * nothing. The clock is not read for a draw known never to fit.
   */
  admit(state: LimiterState, dims: readonly Dimension[], clock: () => number): number | undefined {
    let plan = this.#plans.get(dims);
    if (plan === undefined && this.#never.has(dims)) return undefined;
    const now = clock();
    if (plan?.epoch !== this.epoch) {
      plan = this.#plan(state, dims, now);
      if (!plan) return undefined;
    }
    const { logs, windows, reaches } = plan;
    for (let i = 0; i < logs.length; i++) {
      const log = logs[i] as RingLog;
      const d = windows[i] as Window;
      log.dropUntil(now - (reaches[i] as number));
      if (log.total + d.amount > d.limit) return undefined;
    }
    for (let i = 0; i < logs.length; i++) {
      const d = windows[i] as Window;
      (logs[i] as RingLog).add(stampOf(d, now), d.amount);
    }
    return now;
  }

  #plan(state: LimiterState, dims: readonly Dimension[], now: number): Plan | undefined {
    if (!dims.every((d): d is Window => d.kind === 'window' && d.amount <= d.limit)) {
      if (Object.isFrozen(dims)) this.#never.add(dims);
      return undefined;
    }
    const plan: Plan = { epoch: this.epoch, logs: [], windows: [], reaches: [] };
    for (const d of dims) {
      const paused = state.paused[d.id];
      if (paused !== undefined && paused > now) return undefined;
      if (d.amount <= 0) continue; // takes nothing: its log may not even exist
      const log = state.logs[d.id];
      if (!(log instanceof RingLog)) return undefined;
      plan.logs.push(log);
      plan.windows.push(d);
      plan.reaches.push(reachOf(d));
    }
    // A pause that ends later changes nothing the plan knows: it is made again only when it lapsed.
    if (Object.isFrozen(dims) && !Object.values(state.paused).some((until) => until > now))
      this.#plans.set(dims, plan);
    return plan;
  }
}
