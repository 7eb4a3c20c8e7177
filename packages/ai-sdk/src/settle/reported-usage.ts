import type { UsageLike } from '../model-shapes.js';

/** A call's usage as MiniMax's Anthropic-compatible answers report it: disjoint counts. */
export interface WireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
}

// A count a provider reported; anything else (NaN, negative, fractional) is none.
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

/**
 * The usage a model reported, in the disjoint counts `@minimax-kit/core` prices (its
 * `inputTokens.total` includes cached tokens; `noCache` excludes them), or `undefined` when it
 * reported no usable counts — a stream of `@ai-sdk/openai-compatible` without `includeUsage`.
 */
export function reportedUsage(usage: UsageLike | undefined): WireUsage | undefined {
  const input = usage?.inputTokens;
  const total = count(input?.total);
  const output = count(usage?.outputTokens?.total);
  if (total === undefined || output === undefined) return undefined;
  const cacheRead = count(input?.cacheRead) ?? 0;
  const cacheWrite = count(input?.cacheWrite) ?? 0;
  const noCache = count(input?.noCache) ?? total - cacheRead - cacheWrite;
  if (noCache < 0) return undefined;
  return {
    input_tokens: noCache,
    output_tokens: output,
    cache_read_input_tokens: cacheRead,
    cache_creation_input_tokens: cacheWrite,
  };
}
