import { type Limits, peakHours, rateLimitTables, scopeLimits, tokenPlan } from '@minimax-kit/core';
import { budgetDimensions } from './budgets/budget-dimensions.js';
import type { Demand } from './demand.js';
import { UnknownScopeError } from './errors/unknown-scope-error.js';
import type { LimitConfig, PlanLimits } from './limit-config.js';
import type { Dimension } from './state/dimension.js';

// Monday 1970-01-05 00:00 UTC is day 4 after the epoch.
const mondays = 4;

/** A scope as tables name it: surrounding whitespace is no part of it (`"text:MiniMax-M2 "`). */
export const scopeName = (scope: string): string => scope.trim();

/**
 * The strictest documented text limits of a region and tier: what a text model no table lists
 * yet (`text:MiniMax-M9`) is held to, so that it is never unlimited.
 */
function strictestText(config: LimitConfig): Limits | undefined {
  const rows = rateLimitTables[config.region]?.rows.filter((row) => row.api === 'chat') ?? [];
  if (rows.length === 0) return undefined;
  const least = (field: keyof Limits) => {
    const values = rows.map((row) => row[config.tier][field]).filter((v): v is number => v !== undefined);
    return values.length > 0 ? { [field]: Math.min(...values) } : {};
  };
  return { ...least('rpm'), ...least('tpm'), ...least('conn') };
}

/**
 * The limits of a scope: overridden, else documented for the region and tier; an unknown text
 * model gets the strictest documented text limits; any other unknown scope is an
 * `UnknownScopeError` naming the known ones. Never unlimited by mistake.
 */
export function limitsOf(config: LimitConfig, scope: string): Limits {
  const name = scopeName(scope);
  const known = config.overrides[name] ?? scopeLimits(config.region, config.tier, name);
  if (known) return known;
  const text = name.toLowerCase().startsWith('text:') ? strictestText(config) : undefined;
  if (text) return text;
  const documented = rateLimitTables[config.region]?.rows.map((row) => row.scope) ?? [];
  throw new UnknownScopeError(name, [...new Set([...documented, ...Object.keys(config.overrides)])]);
}

// Scope ids and limits are looked up once per scope, not per decision.
const scopes = new WeakMap<
  LimitConfig,
  Map<string, { limits: Limits; rpm: string; tpm: string; conn: string }>
>();

function scopeOf(config: LimitConfig, scope: string) {
  let known = scopes.get(config);
  if (!known) {
    known = new Map();
    scopes.set(config, known);
  }
  let entry = known.get(scope);
  if (!entry) {
    const name = scopeName(scope);
    entry = { limits: limitsOf(config, name), rpm: `rpm:${name}`, tpm: `tpm:${name}`, conn: `conn:${name}` };
    known.set(scope, entry);
  }
  return entry;
}

/** The peak-hour cap of a plan that opts in, or `undefined`. */
export function peakCap(plan: PlanLimits | undefined): number | undefined {
  const cap = plan?.peakHours;
  return typeof cap === 'string' ? tokenPlan.peakHours.concurrentAgents[cap] : cap;
}

/**
 * The dimensions a demand draws on under a configuration at `at` (epoch milliseconds): the
 * limiter's one translation. Only the peak-hour cap depends on `at`.
 */
export function dimensionsOf(config: LimitConfig, demand: Demand, at = Date.now()): Dimension[] {
  return drawOf(config, demand, peakCap(config.plan) !== undefined && peakHours(at).peak);
}

/** The dimensions a demand draws on, in peak hours or not. */
export function drawOf(config: LimitConfig, demand: Demand, peak: boolean): Dimension[] {
  const dims: Dimension[] = [];
  const { guardMs } = config;
  const minute = 60_000 * config.timeScale;
  const hour = 60 * minute;
  const day = 24 * hour;
  if (demand.scope) {
    const { limits, rpm, tpm, conn } = scopeOf(config, demand.scope);
    if (limits.rpm !== undefined) {
      dims.push({
        id: rpm,
        kind: 'window',
        limit: limits.rpm,
        amount: demand.requests ?? 1,
        windowMs: minute,
        guardMs,
        bucketMs: 0,
      });
    }
    const tokens = demand.tokens ?? 0;
    if (limits.tpm !== undefined && tokens > 0) {
      dims.push({
        id: tpm,
        kind: 'window',
        limit: limits.tpm,
        amount: tokens,
        windowMs: minute,
        guardMs,
        bucketMs: 0,
        settles: true,
      });
    }
    if (limits.conn !== undefined && demand.conn) {
      dims.push({ id: conn, kind: 'conn', limit: limits.conn, amount: 1, leaseMs: config.leaseMs });
    }
  }
  const plan = config.plan;
  if (plan && (demand.planRequests ?? 0) > 0) {
    const amount = demand.planRequests ?? 0;
    const windowMs = tokenPlan.textWindowHours * hour;
    const limit = plan.windowRequests;
    if (limit !== undefined) {
      dims.push(
        plan.window === 'anchored'
          ? { id: 'plan:window', kind: 'anchored', limit, amount, windowMs, guardMs }
          : { id: 'plan:window', kind: 'window', limit, amount, windowMs, guardMs, bucketMs: minute },
      );
    }
    const cap = peakCap(plan);
    if (cap !== undefined) {
      // Off-peak the slot is held but not capped, so that calls running at 15:00 count.
      const limit = peak ? cap : Number.MAX_SAFE_INTEGER;
      dims.push({ id: 'plan:peak', kind: 'conn', limit, amount: 1, leaseMs: config.leaseMs });
    }
    if (plan.weeklyRequests !== undefined) {
      dims.push(
        plan.week === 'calendar'
          ? {
              id: 'plan:week',
              kind: 'period',
              limit: plan.weeklyRequests,
              amount,
              periodMs: 7 * day,
              alignMs: mondays * day - config.dayOffsetMinutes * minute,
            }
          : {
              id: 'plan:week',
              kind: 'window',
              limit: plan.weeklyRequests,
              amount,
              windowMs: 7 * day,
              guardMs,
              bucketMs: 10 * minute,
            },
      );
    }
  }
  const daily = demand.daily;
  const quota = daily ? plan?.daily?.[daily.bucket] : undefined;
  if (daily && quota !== undefined) {
    dims.push({
      id: `daily:${daily.bucket}`,
      kind: 'period',
      limit: quota,
      amount: daily.units,
      periodMs: day,
      alignMs: -config.dayOffsetMinutes * minute,
    });
  }
  if (demand.cost !== undefined) dims.push(...budgetDimensions(config, demand));
  return dims;
}
