import { rateLimitTables, tokenPlan } from '@minimax-kit/core';
import { checkBudgetKey, resolveBudgets } from './budgets/resolve-budgets.js';
import type { Demand } from './demand.js';
import { LimiterOptionsError } from './errors/limiter-options-error.js';
import type { LimitConfig, PlanLimits } from './limit-config.js';
import type { LimiterOptions } from './limiter.js';
import { atLeastZero, checkKnown, numberOption, positive, timerDelay } from './option-checks.js';
import { maxTimerMs } from './scheduler/wake-timer.js';
import { memoryStore } from './stores/memory-store.js';
import type { LimiterStore } from './stores/store.js';

/** A limiter's options with every default filled in. */
export interface ResolvedOptions {
  config: LimitConfig;
  store: LimiterStore;
  key: string;
  agingMs: number;
  budgetKey: ((demand: Demand) => string) | undefined;
}

function checkLimits(limits: unknown): Record<string, NonNullable<LimiterOptions['limits']>[string]> {
  if (limits === undefined) return {};
  if (typeof limits !== 'object' || limits === null)
    throw new LimiterOptionsError(
      'limits',
      limits,
      'limits by scope, e.g. { "text:MiniMax-M2": { rpm: 20 } }',
    );
  for (const [scope, row] of Object.entries(limits)) {
    if (typeof row !== 'object' || row === null)
      throw new LimiterOptionsError(`limits.${scope}`, row, '{ rpm?, tpm?, conn? }');
    for (const field of ['rpm', 'tpm', 'conn'] as const)
      numberOption(`limits.${scope}.${field}`, row[field], 0, atLeastZero, 'a number ≥ 0 (or leave it out)');
  }
  return limits as Record<string, NonNullable<LimiterOptions['limits']>[string]>;
}

function checkPlan(plan: PlanLimits | undefined): PlanLimits | undefined {
  if (plan === undefined) return undefined;
  if (typeof plan !== 'object' || plan === null)
    throw new LimiterOptionsError('plan', plan, '{ windowRequests, weeklyRequests?, daily? }');
  const count = 'a number ≥ 0 (or leave it out)';
  numberOption('plan.windowRequests', plan.windowRequests, 0, atLeastZero, count);
  numberOption('plan.weeklyRequests', plan.weeklyRequests, 0, atLeastZero, count);
  if (plan.window !== undefined && plan.window !== 'rolling' && plan.window !== 'anchored')
    throw new LimiterOptionsError('plan.window', plan.window, '"rolling" or "anchored"');
  if (plan.week !== undefined && plan.week !== 'rolling' && plan.week !== 'calendar')
    throw new LimiterOptionsError('plan.week', plan.week, '"rolling" or "calendar"');
  const peak = plan.peakHours;
  if (
    peak !== undefined &&
    !(typeof peak === 'string' && Object.hasOwn(tokenPlan.peakHours.concurrentAgents, peak)) &&
    !(Number.isInteger(peak) && (peak as number) >= 1)
  )
    throw new LimiterOptionsError(
      'plan.peakHours',
      peak,
      `a plan tier (${Object.keys(tokenPlan.peakHours.concurrentAgents).join(', ')}) or a whole number ≥ 1 of concurrent text calls`,
    );
  for (const [bucket, quota] of Object.entries(plan.daily ?? {}))
    numberOption(`plan.daily.${bucket}`, quota, 0, atLeastZero, 'a number ≥ 0');
  return plan;
}

// Every option of `createLimiter`: any other name is a typo (`regoin`) that would go unnoticed.
const known: ReadonlySet<string> = new Set<keyof LimiterOptions>([
  'region',
  'tier',
  'limits',
  'plan',
  'key',
  'store',
  'guardMs',
  'leaseMs',
  'dayOffsetMinutes',
  'timeScale',
  'agingMs',
  'budgets',
  'budgetKey',
]);

/**
 * Checks `createLimiter`'s options and fills in their defaults. Whatever would let a limit pass
 * unchecked (a negative guard, a NaN time scale, a zero lease) is refused with `LimiterOptionsError`.
 */
export function resolveOptions(options: LimiterOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null)
    throw new LimiterOptionsError('options', options, 'an object such as { region: "cn" }');
  checkKnown(options, known, 'createLimiter');
  const region = options.region ?? 'global';
  if (!Object.hasOwn(rateLimitTables, region))
    throw new LimiterOptionsError('region', region, '"cn" or "global"');
  const tier = options.tier ?? 'paid';
  if (tier !== 'free' && tier !== 'paid') throw new LimiterOptionsError('tier', tier, '"free" or "paid"');
  const key = options.key ?? 'default';
  if (typeof key !== 'string' || key === '')
    throw new LimiterOptionsError('key', typeof key === 'string' ? key : typeof key, 'a non-empty string');
  const store = options.store ?? memoryStore();
  if (typeof store?.acquire !== 'function' || typeof store.now !== 'function')
    throw new LimiterOptionsError('store', store, 'memoryStore(), browserStore() or redisStore(…)');
  const ms = `a number of milliseconds ≥ 0`;
  checkBudgetKey(options.budgetKey);
  return {
    config: {
      region,
      tier,
      overrides: checkLimits(options.limits),
      plan: checkPlan(options.plan),
      guardMs: numberOption('guardMs', options.guardMs, 500, atLeastZero, ms),
      leaseMs: numberOption(
        'leaseMs',
        options.leaseMs,
        600_000,
        timerDelay,
        `a number of milliseconds > 0 and ≤ ${maxTimerMs}`,
      ),
      dayOffsetMinutes: numberOption(
        'dayOffsetMinutes',
        options.dayOffsetMinutes,
        480,
        (value) => Number.isFinite(value) && Math.abs(value) <= 1440,
        'minutes from UTC between -1440 and 1440',
      ),
      timeScale: numberOption('timeScale', options.timeScale, 1, positive, 'a number > 0 (1: real time)'),
      budgets: resolveBudgets(options.budgets, region),
    },
    store,
    key,
    agingMs: numberOption(
      'agingMs',
      options.agingMs,
      10_000,
      (value) => value > 0,
      'a number of milliseconds > 0 (Infinity: no aging)',
    ),
    budgetKey: options.budgetKey,
  };
}
