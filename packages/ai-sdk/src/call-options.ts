import { MiddlewareOptionsError } from './errors/middleware-options-error.js';
import type { MiddlewareSettings } from './middleware-options.js';

/** What one call may say in `providerOptions.minimaxKit`. */
export interface MiniMaxKitCallOptions {
  /** Whose budgets this call draws on (a user, a team). */
  tenant?: string;
  /** This call's priority in the limiter's queue. */
  priority?: number;
}

/**
 * The tenant and priority of one call: its `providerOptions.minimaxKit`, else the middleware's.
 * Checked before anything is acquired or sent.
 */
export function callOptions(
  providerOptions: Readonly<Record<string, unknown>> | undefined,
  settings: MiddlewareSettings,
): { tenant: string | undefined; priority: number } {
  const own = (providerOptions?.minimaxKit ?? {}) as MiniMaxKitCallOptions;
  const { tenant = settings.tenant, priority = settings.priority } = own;
  if (tenant !== undefined && (typeof tenant !== 'string' || tenant === ''))
    throw new MiddlewareOptionsError('providerOptions.minimaxKit.tenant', tenant, 'a non-empty string');
  if (typeof priority !== 'number' || !Number.isFinite(priority))
    throw new MiddlewareOptionsError('providerOptions.minimaxKit.priority', priority, 'a finite number');
  return { tenant, priority };
}
