import { regions } from '@minimax-kit/core';
import type { Demand } from '../demand.js';
import type { Draw } from '../demand-draw.js';
import { DemandTooLargeError } from '../errors/demand-too-large-error.js';
import { InvalidDemandError } from '../errors/invalid-demand-error.js';
import type { LimitConfig } from '../limit-config.js';
import type { Decision, Dimension } from '../state/dimension.js';
import type { LimiterStore } from '../stores/store.js';
import { validateDemand } from '../validate-demand.js';
import { budgetRefusal, rejectingBudget } from './budget-refusal.js';

/** What the limiter asks of its budgets before and after a decision. */
export function budgetGate(
  store: LimiterStore,
  key: string,
  config: LimitConfig,
  budgetKey: ((demand: Demand) => string) | undefined,
) {
  const currency = regions[config.region].currency;
  return {
    /** The checked demand with its tenant, when budgets apply: what `budgetKey` derives from it. */
    demandOf(demand: Demand): Demand {
      validateDemand(demand);
      if (config.budgets.length === 0 || demand.cost === undefined) return demand;
      if (demand.cost.currency !== currency)
        throw new InvalidDemandError(
          'cost.currency',
          demand.cost.currency,
          `"${currency}", the currency of the limiter's budgets`,
        );
      if (!budgetKey) return demand;
      const tenant = budgetKey(demand);
      if (typeof tenant !== 'string' || tenant === '')
        throw new InvalidDemandError('tenant', tenant, 'a non-empty string from budgetKey');
      return tenant === demand.tenant ? demand : { ...demand, tenant };
    },

    /** The error of a refusal by a budget that refuses rather than waits (or that the call can never fit). */
    refusal(draw: Draw, decision: Decision): Promise<Error> | undefined {
      const budget = rejectingBudget(draw.dims, decision);
      return budget && !decision.ok
        ? budgetRefusal(store, key, config, budget, decision.retryAfterMs)
        : undefined;
    },

    /** Why a demand that can never fit is refused at once (a budget's error reads the store). */
    async tooLarge(huge: Dimension): Promise<Error> {
      return huge.kind === 'budget'
        ? budgetRefusal(store, key, config, huge, Number.POSITIVE_INFINITY)
        : new DemandTooLargeError(huge.id, huge.amount, huge.limit);
    },
  };
}
