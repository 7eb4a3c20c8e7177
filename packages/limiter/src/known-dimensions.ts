import { rateLimitTables } from '@minimax-kit/core';
import type { LimitConfig } from './limit-config.js';
import { dimensionsOf } from './limits.js';
import type { Dimension } from './state/dimension.js';

/**
 * Every dimension a configuration will enforce, documented and configured: a limiter shows them
 * at 0 in its snapshots before their first use.
 */
export function knownDimensions(config: LimitConfig): Dimension[] {
  const dims: Dimension[] = [];
  const documented = rateLimitTables[config.region]?.rows.map((row) => row.scope) ?? [];
  for (const scope of new Set([...documented, ...Object.keys(config.overrides)]))
    dims.push(...dimensionsOf(config, { scope, tokens: 1, conn: true }));
  if (config.plan) {
    dims.push(...dimensionsOf(config, { planRequests: 1 }));
    for (const bucket of Object.keys(config.plan.daily ?? {}))
      dims.push(...dimensionsOf(config, { daily: { bucket, units: 1 } }));
  }
  return dims;
}
