import {
  describeRequest,
  type PlanKind,
  type Region,
  type RequestDescription,
  regions,
} from '@minimax-kit/core';
import { type Demand, demandOf } from '@minimax-kit/limiter';
import type { CallOptionsLike } from '../model-shapes.js';
import { promptMessages } from './prompt-messages.js';

/** How the calls of one middleware draw on the limiter. */
export interface DemandContext {
  region: Region;
  /** The Token Plan kind its key draws on, or `false` for a pay-as-you-go key. */
  plan: PlanKind | false;
  /** Whether the limiter keeps budgets: then a demand carries its worst-case cost. */
  budgets: boolean;
}

/** What one call asks of the limiter, and how `@minimax-kit/core` describes it. */
export interface CallDemand {
  description: RequestDescription;
  demand: Demand;
}

/**
 * The demand of one call, from what the call really is — its model, the prompt's token estimate,
 * its tools and `maxOutputTokens` — described by core as the chat request it becomes, so that the
 * reservation, Token Plan weight and worst-case cost are those `limitFetch` would compute.
 */
export function callDemand(
  model: string,
  params: CallOptionsLike,
  context: DemandContext,
  tenant: string | undefined,
): CallDemand {
  const schema = params.responseFormat?.schema;
  const tools = [...(params.tools ?? []), ...(schema === undefined ? [] : [schema])];
  const body = {
    model,
    messages: promptMessages(params.prompt),
    ...(params.maxOutputTokens === undefined ? {} : { max_tokens: params.maxOutputTokens }),
    ...(tools.length > 0 ? { tools } : {}),
  };
  const url = `${regions[context.region].baseURL}/v1/chat/completions`;
  const description = describeRequest('POST', url, body, context.plan ? { plan: context.plan } : {});
  const demand = demandOf(description, {
    plan: context.plan !== false,
    ...(context.budgets ? { region: context.region } : {}),
  });
  return { description, demand: tenant === undefined ? demand : { ...demand, tenant } };
}
