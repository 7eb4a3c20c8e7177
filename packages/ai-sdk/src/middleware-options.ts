import { defaultMaxOutputTokens, type PlanKind } from '@minimax-kit/core';
import type { Limiter } from '@minimax-kit/limiter';
import { MiddlewareOptionsError } from './errors/middleware-options-error.js';

/** Options of `minimaxKitMiddleware`. */
export interface MiniMaxKitMiddlewareOptions {
  /** The limiter whose limits, Token Plan and budgets every call keeps to (`createLimiter` of `@minimax-kit/limiter`). */
  limiter: Limiter;
  /**
   * The Token Plan kind the provider's key draws on (`standard`, `highspeed`), or `false` for a
   * pay-as-you-go key; `standard` when the limiter keeps a plan, `false` otherwise.
   */
  plan?: PlanKind | false;
  /**
   * The output cap of a call that sets no `maxOutputTokens`: it is sent with this cap, so that what
   * the limiter reserves is what the server may make. Core's `defaultMaxOutputTokens` (MiniMax's
   * documented default) when absent.
   */
  defaultMaxOutputTokens?: number;
  /** Whose budgets calls draw on when a call names no `providerOptions.minimaxKit.tenant`. */
  tenant?: string;
  /** The calls' priority in the limiter's queue (higher goes first); 0 when absent. */
  priority?: number;
}

/** The options with every default resolved. */
export interface MiddlewareSettings {
  limiter: Limiter;
  plan: PlanKind | false;
  defaultMaxOutputTokens: number;
  tenant: string | undefined;
  priority: number;
}

const isLimiter = (value: unknown): value is Limiter =>
  typeof (value as Limiter | undefined)?.acquire === 'function' &&
  typeof (value as Limiter).config?.region === 'string';

/** Checks the options of `minimaxKitMiddleware` and resolves their defaults. */
export function resolveMiddlewareOptions(options: MiniMaxKitMiddlewareOptions): MiddlewareSettings {
  const { limiter, plan, tenant, priority = 0 } = options ?? ({} as MiniMaxKitMiddlewareOptions);
  if (!isLimiter(limiter))
    throw new MiddlewareOptionsError(
      'limiter',
      limiter,
      "a limiter from createLimiter() of '@minimax-kit/limiter'",
    );
  if (plan !== undefined && plan !== false && plan !== 'standard' && plan !== 'highspeed')
    throw new MiddlewareOptionsError('plan', plan, "'standard', 'highspeed' or false");
  const maxOutput = options.defaultMaxOutputTokens ?? defaultMaxOutputTokens;
  if (!Number.isSafeInteger(maxOutput) || maxOutput < 1)
    throw new MiddlewareOptionsError('defaultMaxOutputTokens', maxOutput, 'a whole number ≥ 1');
  if (tenant !== undefined && (typeof tenant !== 'string' || tenant === ''))
    throw new MiddlewareOptionsError('tenant', tenant, 'a non-empty string');
  if (typeof priority !== 'number' || !Number.isFinite(priority))
    throw new MiddlewareOptionsError('priority', priority, 'a finite number');
  return {
    limiter,
    plan: plan ?? (limiter.config.plan === undefined ? false : 'standard'),
    defaultMaxOutputTokens: maxOutput,
    tenant,
    priority,
  };
}
