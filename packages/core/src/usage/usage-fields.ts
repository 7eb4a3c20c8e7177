import { valueAt as at } from '../json/value-at.js';

/**
 * Where each MiniMax answer reports what it used — the units the TPM limit and the bill count:
 * tokens (chat, in all three formats), billing characters (speech) and images. Paths are dotted.
 */
export const usageFields = /* @__PURE__ */ Object.freeze({
  /** Chat: the total when the answer gives one (OpenAI-compatible and native). */
  totalTokens: 'usage.total_tokens',
  /** Chat in the Anthropic format: parts that add up to the total. */
  tokenParts: Object.freeze([
    'usage.input_tokens',
    'usage.output_tokens',
    'usage.cache_read_input_tokens',
    'usage.cache_creation_input_tokens',
  ] as const),
  /** Speech: billing characters (synchronous and streamed answers, then the async task's answer). */
  characters: Object.freeze(['extra_info.usage_characters', 'usage_characters'] as const),
  /** Images: how many were made (a decimal string or a number). */
  images: 'metadata.success_count',
});

// A count a server reported; anything else (1e999 parses to Infinity, negatives, strings) is none.
const counted = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/**
 * The units a MiniMax answer reports using, read from `usageFields`: tokens (text), billing
 * characters (speech) or images; `undefined` when it reports none, or nothing a count can be.
 */
export function reportedUnits(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const total = counted(at(body, usageFields.totalTokens));
  if (total !== undefined) return total;
  const parts = usageFields.tokenParts.map((path) => counted(at(body, path)));
  const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  if ((parts[0] ?? parts[1]) !== undefined && Number.isFinite(sum)) return sum;
  for (const path of usageFields.characters) {
    const characters = counted(at(body, path));
    if (characters !== undefined) return characters;
  }
  const images = at(body, usageFields.images);
  return images === undefined || images === null || images === '' ? undefined : counted(Number(images));
}
