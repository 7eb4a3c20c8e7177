import {
  billingCharacters,
  comparePlans,
  type PlanComparison,
  PlanPriceNotFoundError,
  type PlanWorkload,
  type Region,
  type Usage,
} from '@minimax-kit/core';

/** How the entered job, done `perDay` times a day, fares on the Token Plan's tiers. */
export type PlanChoice =
  | { state: 'compared'; perDay: number; comparison: PlanComparison }
  /** No plan is priced in the region today; `region` is the one asked. */
  | { state: 'unpriced'; region: Region }
  /** core refused the workload; `message` says why. */
  | { state: 'refused'; message: string };

/** A day of the job as a `comparePlans` workload; `undefined` for work no plan compares (voice, vlm). */
function workloadOf(usage: Usage, perDay: number): PlanWorkload | undefined {
  switch (usage.kind) {
    case 'text':
      return {
        text: [
          {
            model: usage.model,
            callsPerDay: perDay,
            inputTokens: usage.inputTokens,
            outputTokens: usage.outputTokens,
            cacheReadTokens: usage.cacheReadTokens ?? 0,
            cacheWriteTokens: usage.cacheWriteTokens ?? 0,
          },
        ],
      };
    case 'speech': {
      const characters = usage.text !== undefined ? billingCharacters(usage.text) : usage.characters;
      return {
        media: [
          { kind: 'speech', model: usage.model, mode: usage.mode ?? 'sync', characters: characters * perDay },
        ],
      };
    }
    case 'video':
      return { media: [{ ...usage, count: (usage.count ?? 1) * perDay }] };
    case 'image':
    case 'music':
    case 'lyrics':
      return { media: [{ ...usage, count: usage.count * perDay }] };
    default:
      return undefined;
  }
}

/** Compares pay-as-you-go with every tier for `perDay` such jobs a day, as of today. */
export function planChoice(usage: Usage, perDay: number, region: Region): PlanChoice | undefined {
  const workload = perDay > 0 ? workloadOf(usage, perDay) : undefined;
  if (!workload) return undefined;
  try {
    return { state: 'compared', perDay, comparison: comparePlans(workload, { region }) };
  } catch (error) {
    if (error instanceof PlanPriceNotFoundError) return { state: 'unpriced', region };
    return { state: 'refused', message: (error as Error).message };
  }
}
