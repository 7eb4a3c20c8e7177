import {
  estimateCost,
  type Region,
  type RequestDescription,
  reportedUnits,
  type Usage,
} from '@minimax-kit/core';

// A count a server reported; anything else (1e999, negatives, strings) is none.
const counted = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

type Reported = {
  usage?: Record<string, unknown> & { prompt_tokens_details?: { cached_tokens?: unknown } };
};

// The text usage an answer reports; with only a total, every token at the output price (an upper bound).
function textUsage(model: string, answer: Reported): Usage | undefined {
  const usage = answer.usage ?? {};
  // One impossible count (negative, non-finite) makes the whole report untrustworthy.
  if (Object.values(usage).some((value) => typeof value === 'number' && counted(value) === undefined))
    return undefined;
  const input = counted(usage.input_tokens);
  const output = counted(usage.output_tokens);
  if (input !== undefined && output !== undefined) {
    const cacheReadTokens = counted(usage.cache_read_input_tokens) ?? 0;
    const cacheWriteTokens = counted(usage.cache_creation_input_tokens) ?? 0;
    return {
      kind: 'text',
      model,
      inputTokens: input,
      outputTokens: output,
      cacheReadTokens,
      cacheWriteTokens,
    };
  }
  const prompt = counted(usage.prompt_tokens);
  const completion = counted(usage.completion_tokens);
  if (prompt !== undefined && completion !== undefined) {
    const cached = Math.min(prompt, counted(usage.prompt_tokens_details?.cached_tokens) ?? 0);
    return {
      kind: 'text',
      model,
      inputTokens: prompt - cached,
      outputTokens: completion,
      cacheReadTokens: cached,
    };
  }
  const total = counted(reportedUnits(answer));
  return total === undefined ? undefined : { kind: 'text', model, inputTokens: 0, outputTokens: total };
}

function usageOf(description: RequestDescription, answer: Reported): Usage | undefined {
  const ordered = description.usage;
  if (!ordered) return undefined;
  if (ordered.kind === 'text') return textUsage(ordered.model, answer);
  // Speech reports its billing characters, images how many were made: core's usage fields say where.
  const units = counted(reportedUnits(answer));
  if (units === undefined) return undefined;
  if (ordered.kind === 'speech')
    return { kind: 'speech', model: ordered.model, mode: ordered.mode ?? 'sync', characters: units };
  if (ordered.kind === 'image') return { kind: 'image', model: ordered.model, count: units };
  return undefined; // a job's price is fixed by its request: its reservation is its cost
}

/**
 * What a successful call cost, priced by `@minimax-kit/core` from the usage its answer reports, as
 * an exact decimal string; `undefined` when the answer reports nothing a count can be (negative,
 * non-finite, absent) or the price is fixed by the request: the reservation then stands as its cost.
 */
export function actualCost(
  description: RequestDescription,
  answer: unknown,
  region: Region,
): string | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const usage = usageOf(description, answer as Reported);
  if (!usage) return undefined;
  try {
    return estimateCost(usage, { region }).total;
  } catch {
    return undefined; // priced before it was sent, so this cannot fail but on a changed catalog
  }
}
