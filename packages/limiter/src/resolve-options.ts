import type { LimiterOptions } from './limiter.js';
import type { LimitConfig } from './limits.js';
import { memoryStore } from './stores/memory-store.js';
import type { LimiterStore } from './stores/store.js';

/** A limiter's options with every default filled in. */
export interface ResolvedOptions {
  config: LimitConfig;
  store: LimiterStore;
  key: string;
  agingMs: number;
}

/** Fills in the defaults of `createLimiter`'s options. */
export function resolveOptions(options: LimiterOptions): ResolvedOptions {
  return {
    config: {
      region: options.region ?? 'global',
      tier: options.tier ?? 'paid',
      overrides: options.limits ?? {},
      plan: options.plan,
      guardMs: options.guardMs ?? 500,
      leaseMs: options.leaseMs ?? 600_000,
      dayOffsetMinutes: options.dayOffsetMinutes ?? 480,
      timeScale: options.timeScale ?? 1,
    },
    store: options.store ?? memoryStore(),
    key: options.key ?? 'default',
    agingMs: options.agingMs ?? 10_000,
  };
}
