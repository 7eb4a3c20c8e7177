import { type CostEstimate, estimateCost, tokenPlanRequests, type Usage } from '@minimax-kit/core';
import { isPriced, textRowFor } from './calculator-choices.js';
import type { CalculatorInput } from './calculator-input.js';
import { type FieldErrors, usageOf, whole } from './calculator-usage.js';
import { type PlanChoice, planChoice } from './plan-choice.js';

/** Which prompt-length tier a text request falls in, for models priced by prompt length (MiniMax-M3). */
export interface PromptTier {
  /** Input + cache read + cache write tokens. */
  promptTokens: number;
  /** The threshold of the model's first upper tier. */
  aboveInputTokens: number;
  /** True when the prompt is above it: every token of the request pays the upper tier. */
  upper: boolean;
}

/** What the calculator shows for the current input. */
export type CalculatorResult =
  | {
      state: 'priced';
      usage: Usage;
      cost: CostEstimate;
      planRequests: number | undefined;
      /** Set for models priced by prompt length. */
      tier?: PromptTier;
      /** Pay-as-you-go against each Token Plan tier at `perDay` such jobs a day; absent for voice and vlm. */
      plans?: PlanChoice;
    }
  | { state: 'invalid'; errors: FieldErrors }
  /** The region publishes no price for this kind. */
  | { state: 'unpriced' }
  /** core refused the combination; `message` says why. */
  | { state: 'refused'; message: string };

function tierOf(input: CalculatorInput, usage: Usage): PromptTier | undefined {
  if (usage.kind !== 'text') return undefined;
  const threshold = textRowFor(input.region, input.model)?.tiers?.[0]?.aboveInputTokens;
  if (threshold === undefined) return undefined;
  const promptTokens = usage.inputTokens + (usage.cacheReadTokens ?? 0) + (usage.cacheWriteTokens ?? 0);
  return { promptTokens, aboveInputTokens: threshold, upper: promptTokens > threshold };
}

/** Whether the tab's work can be compared with the Token Plan's tiers (voice and vlm cannot). */
export const comparable = (input: Pick<CalculatorInput, 'kind'>): boolean =>
  input.kind !== 'voice' && input.kind !== 'vlm';

/** Prices the input exactly with `@minimax-kit/core` as of today, or says why it cannot. */
export function calculate(input: CalculatorInput): CalculatorResult {
  if (!isPriced(input.region, input.kind)) return { state: 'unpriced' };
  const usage = usageOf(input);
  const perDay = comparable(input) ? whole(input.perDay, 0) : 0;
  if (!('kind' in usage) || typeof perDay !== 'number')
    return {
      state: 'invalid',
      errors: { ...('kind' in usage ? {} : usage), ...(typeof perDay === 'number' ? {} : { perDay }) },
    };
  let cost: CostEstimate;
  try {
    cost = estimateCost(usage, {
      region: input.region,
      ...(usage.kind === 'text' ? { serviceTier: input.serviceTier } : {}),
    });
  } catch (error) {
    return { state: 'refused', message: (error as Error).message };
  }
  let planRequests: number | undefined;
  try {
    planRequests = tokenPlanRequests(usage);
  } catch {
    planRequests = undefined; // the Token Plan does not cover this work
  }
  const tier = tierOf(input, usage);
  const plans = planChoice(usage, perDay, input.region);
  return {
    state: 'priced',
    usage,
    cost,
    planRequests,
    ...(tier ? { tier } : {}),
    ...(plans ? { plans } : {}),
  };
}
