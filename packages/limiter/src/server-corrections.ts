import type { Demand } from './demand.js';
import { InvalidDemandError } from './errors/invalid-demand-error.js';
import type { LimitConfig } from './limit-config.js';
import type { Limiter } from './limiter.js';
import { dimensionsOf } from './limits.js';
import { maxTimerMs } from './scheduler/wake-timer.js';
import type { LimiterStore } from './stores/store.js';

type RejectionReason = Parameters<Limiter['reportRejection']>[1];

/**
 * MiniMax refused anyway: pauses the limits of that kind the demand touches until their window
 * frees, or as long as the server asked; at least a second. Answers whether it paused anything.
 */
export async function pauseOnRejection(
  config: LimitConfig,
  store: LimiterStore,
  key: string,
  demand: Demand,
  reason: RejectionReason,
  retryAfterMs: number | undefined,
): Promise<boolean> {
  const dims = dimensionsOf(config, demand, store.now()).filter((d) =>
    reason === 'plan' ? d.id.startsWith('plan:') || d.id.startsWith('daily:') : d.id.startsWith(`${reason}:`),
  );
  if (dims.length === 0) return false;
  const now = store.now();
  const held = await store.read(key, dims);
  const frees = Math.max(0, ...dims.map((d) => (held[d.id]?.freesAt ?? now + 1000) - now));
  const asked = retryAfterMs !== undefined && retryAfterMs >= 0 ? retryAfterMs : frees;
  const ms = Math.min(maxTimerMs, Math.max(1000, asked));
  await store.pause(
    key,
    dims.map((d) => d.id),
    ms,
  );
  return true;
}

/** Checks the figures of an alignment: what a dimension holds and when it frees, as the server reports. */
export function checkAlignment(used: number, freesInMs: number): void {
  if (!Number.isFinite(used) || used < 0) throw new InvalidDemandError('used', used, 'a number ≥ 0');
  if (!Number.isFinite(freesInMs) || freesInMs < 0)
    throw new InvalidDemandError('freesInMs', freesInMs, 'a number of milliseconds ≥ 0');
}
