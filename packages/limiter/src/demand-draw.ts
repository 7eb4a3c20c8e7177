import type { Demand } from './demand.js';
import type { LimitConfig } from './limit-config.js';
import { drawOf } from './limits.js';
import type { PeakClock } from './peak-clock.js';
import type { BudgetDimension, Dimension } from './state/dimension.js';

/** What a demand draws on under a limiter's limits, worked out once and shared by every lease like it. */
export interface Draw {
  /** Frozen: stores and leases share them. */
  readonly dims: readonly Dimension[];
  /** The window a settle corrects (TPM), if any. */
  readonly settles: Dimension | undefined;
  /** Whether it holds a CONN slot until released. */
  readonly holdsSlot: boolean;
  /** A dimension that asks for more than its limit: it can never fit. */
  readonly tooLarge: Dimension | undefined;
  /** The budgets it reserves its worst-case cost in. */
  readonly budgets: readonly BudgetDimension[];
}

interface Last extends Draw {
  requests: number | undefined;
  tokens: number | undefined;
  conn: boolean | undefined;
  planRequests: number | undefined;
  bucket: string | undefined;
  units: number | undefined;
  cost: string | undefined;
  tenant: string | undefined;
  plan: LimitConfig['plan'];
  guardMs: number;
  leaseMs: number;
  timeScale: number;
  dayOffsetMinutes: number;
  /** Whether it was worked out in peak hours (only for plans that cap them). */
  peak: boolean;
}

/**
 * Remembers the last draw of each scope, so that a run of alike demands (the usual case: the same
 * scope and reservation again and again) costs a few comparisons instead of new dimensions. A
 * changed demand or configuration (`syncFromRemains` replaces the plan) works them out anew.
 */
export class DrawCache {
  #config: LimitConfig;
  #clock: PeakClock;
  #fresh: (dims: readonly Dimension[]) => void;
  #last = new Map<string, Last>();

  /** `fresh` hears of every draw worked out anew (the limiter shows its dimensions in snapshots). */
  constructor(config: LimitConfig, clock: PeakClock, fresh: (dims: readonly Dimension[]) => void) {
    this.#config = config;
    this.#clock = clock;
    this.#fresh = fresh;
  }

  /** The draw of a validated demand. */
  of(demand: Demand): Draw {
    const scope = demand.scope ?? '';
    const last = this.#last.get(scope);
    if (last && this.#alike(last, demand)) return last;
    const draw = this.#work(demand);
    this.#last.set(scope, draw);
    this.#fresh(draw.dims);
    return draw;
  }

  /** Whether the peak-hour cap applies to this demand now. */
  #peak(demand: Demand): boolean {
    const plan = this.#config.plan;
    return plan?.peakHours !== undefined && (demand.planRequests ?? 0) > 0 && this.#clock.peak;
  }

  #alike(last: Last, demand: Demand): boolean {
    const config = this.#config;
    return (
      last.tokens === demand.tokens &&
      last.requests === demand.requests &&
      last.conn === demand.conn &&
      last.planRequests === demand.planRequests &&
      last.bucket === demand.daily?.bucket &&
      last.units === demand.daily?.units &&
      last.cost === demand.cost?.amount &&
      last.tenant === demand.tenant &&
      last.plan === config.plan &&
      last.guardMs === config.guardMs &&
      last.leaseMs === config.leaseMs &&
      last.timeScale === config.timeScale &&
      last.dayOffsetMinutes === config.dayOffsetMinutes &&
      last.peak === this.#peak(demand)
    );
  }

  #work(demand: Demand): Last {
    const config = this.#config;
    const peak = this.#peak(demand);
    const dims = drawOf(config, demand, peak).map((d) => Object.freeze(d));
    return {
      dims: Object.freeze(dims),
      settles: dims.find((d) => d.kind === 'window' && d.settles),
      holdsSlot: dims.some((d) => d.kind === 'conn'),
      tooLarge: dims.find((d) => d.amount > d.limit),
      budgets: dims.filter((d): d is BudgetDimension => d.kind === 'budget'),
      requests: demand.requests,
      tokens: demand.tokens,
      conn: demand.conn,
      planRequests: demand.planRequests,
      bucket: demand.daily?.bucket,
      units: demand.daily?.units,
      cost: demand.cost?.amount,
      tenant: demand.tenant,
      plan: config.plan,
      guardMs: config.guardMs,
      leaseMs: config.leaseMs,
      timeScale: config.timeScale,
      dayOffsetMinutes: config.dayOffsetMinutes,
      peak,
    };
  }
}
