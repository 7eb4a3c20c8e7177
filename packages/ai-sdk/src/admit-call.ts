import { BudgetExceededError } from '@minimax-kit/limiter';
import { callOptions } from './call-options.js';
import { callDemand } from './demand/call-demand.js';
import { MiniMaxBudgetError } from './errors/minimax-budget-error.js';
import type { MiddlewareSettings } from './middleware-options.js';
import type { CallOptionsLike } from './model-shapes.js';
import { CallSettlement } from './settle/call-settlement.js';

/**
 * Waits until the limiter has room for one call — its real model, prompt estimate and output cap —
 * and holds it: the returned settlement settles the lease to what the call reports. A budget's
 * refusal becomes `MiniMaxBudgetError`; an abort while waiting leaves nothing held. Nothing is sent
 * until this resolves.
 */
export async function admitCall(
  settings: MiddlewareSettings,
  model: string,
  params: CallOptionsLike,
): Promise<CallSettlement> {
  const { limiter, plan } = settings;
  const { tenant, priority } = callOptions(params.providerOptions, settings);
  const { region, budgets } = limiter.config;
  const { description, demand } = callDemand(
    model,
    params,
    { region, plan, budgets: budgets.length > 0 },
    tenant,
  );
  const started = Date.now();
  try {
    const lease = await limiter.acquire(demand, { signal: params.abortSignal, priority });
    return new CallSettlement(limiter, lease, description, Date.now() - started);
  } catch (error) {
    if (error instanceof BudgetExceededError) throw new MiniMaxBudgetError(error, model);
    throw error;
  }
}
