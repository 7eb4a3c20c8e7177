import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { formatDecimal, multiplyDecimals, parseDecimal } from '../money/decimal.js';
import { count } from '../usage/count.js';
import type { TextUsage } from '../usage/usage.js';
import { type PriceQuery, pick, rowsOf } from './pick-row.js';
import { type LineExtras, line, type PricedLine } from './priced-line.js';

type Field = 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens';

const parts = [
  ['inputTokens', 'input', 'input', 'input'],
  ['outputTokens', 'output', 'output', 'output'],
  ['cacheReadTokens', 'cacheRead', 'cache read', 'cache-read'],
  ['cacheWriteTokens', 'cacheWrite', 'cache write', 'cache-write'],
] as const;

/**
 * The lines of one text request. A prompt-length tier applies to all of the request's tokens once its
 * prompt (input + cache read + cache write tokens) exceeds the tier's threshold; the priority service
 * tier multiplies every price.
 */
export function textLines(query: PriceQuery, usage: TextUsage): PricedLine[] {
  const { row, model } = pick(query, 'text', usage.model);
  const tokens = (field: Field) => count(usage[field], field, field.startsWith('cache') ? 0 : undefined);
  const prompt = tokens('inputTokens') + tokens('cacheReadTokens') + tokens('cacheWriteTokens');
  const tier = row.tiers?.filter((t) => prompt > t.aboveInputTokens).at(-1);
  if (tier && count(usage.requests, 'requests', 1) > 1) {
    throw new InvalidUsageError(
      'requests',
      `is ${usage.requests}; ${model} is priced by each request's prompt length, so price its requests one by one`,
    );
  }
  const extras: LineExtras = { source: row.source, note: row.note };
  let multiplier: string | undefined;
  if (query.serviceTier === 'priority') {
    multiplier = row.serviceTiers?.priority;
    if (multiplier === undefined) {
      const offered = rowsOf(query.table, 'text').flatMap((r) => (r.serviceTiers ? r.models : []));
      throw new PriceNotFoundError(query.table.region, `${model} at the priority service tier`, offered);
    }
    extras.serviceTier = 'priority';
  }
  if (tier) extras.aboveInputTokens = tier.aboveInputTokens;
  const prices = tier ?? row;
  const suffix = [tier && `prompt > ${tier.aboveInputTokens} tokens`, multiplier && 'priority']
    .filter(Boolean)
    .join(', ');
  const lines: PricedLine[] = [];
  for (const [field, priceField, label, part] of parts) {
    const quantity = tokens(field);
    if (quantity === 0 && part.startsWith('cache')) continue;
    const base = prices[priceField];
    if (base === undefined) {
      throw new PriceNotFoundError(
        query.table.region,
        `${model} ${label} tokens${suffix && ` (${suffix})`}`,
        [],
      );
    }
    const price = multiplier
      ? formatDecimal(multiplyDecimals(parseDecimal(base), parseDecimal(multiplier)))
      : base;
    const description = `${model} ${label}${suffix && ` (${suffix})`}`;
    lines.push(line([part, model], description, quantity, 'token', price, row.per, extras));
  }
  return lines;
}
