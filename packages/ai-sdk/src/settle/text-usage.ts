import type { TextUsage } from '@minimax-kit/core';
import type { UsageLike } from '../model-shapes.js';

// A count a provider reported; anything else (NaN, negative, fractional) is none.
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

/**
 * The usage a model reported as `@minimax-kit/core` prices it — disjoint counts: its
 * `inputTokens.total` includes the cached tokens, which core's `inputTokens` excludes — or
 * `undefined` when it reported no usable counts.
 */
export function textUsage(model: string, usage: UsageLike | undefined): TextUsage | undefined {
  const input = usage?.inputTokens;
  const total = count(input?.total);
  const outputTokens = count(usage?.outputTokens?.total);
  if (total === undefined || outputTokens === undefined) return undefined;
  const cacheReadTokens = count(input?.cacheRead) ?? 0;
  const cacheWriteTokens = count(input?.cacheWrite) ?? 0;
  const inputTokens = count(input?.noCache) ?? total - cacheReadTokens - cacheWriteTokens;
  if (inputTokens < 0) return undefined;
  return {
    kind: 'text',
    model,
    inputTokens,
    outputTokens,
    ...(cacheReadTokens > 0 ? { cacheReadTokens } : {}),
    ...(cacheWriteTokens > 0 ? { cacheWriteTokens } : {}),
  };
}

/** Every token a call read and wrote, cached or not: what its TPM reservation settles to. */
export function usageTokens(usage: TextUsage): number {
  return (
    usage.inputTokens + usage.outputTokens + (usage.cacheReadTokens ?? 0) + (usage.cacheWriteTokens ?? 0)
  );
}
