import type { PriceRow, PriceSource, PricingTable } from '@minimax-kit/core';
import type { Copy } from '../copy/copy.ts';
import { count, money } from '../format.ts';
import type { PricesCopy } from './prices-copy.ts';

/** One line of the price table: what is bought, its price, and the row it comes from. */
export interface PriceEntry {
  item: string;
  price: string;
  row: PriceRow;
  /** Where the price comes from: the row's own source, else its table's. */
  source: PriceSource;
  /** False for a price that no longer applies (an earlier price of the same item). */
  current: boolean;
}

const models = (row: { models?: readonly string[] | undefined }) => row.models?.join(', ') ?? '—';

/** What one price row says, in words: what is bought and for how much. */
function describe(row: PriceRow, currency: string, c: Copy['prices'], p: PricesCopy): [string, string][] {
  const cost = (amount: string) => money(amount, currency);
  switch (row.kind) {
    case 'text': {
      const per = c.perTokens(count(row.per));
      const priority = row.serviceTiers ? p.priority(row.serviceTiers.priority) : '';
      const part = (label: string, field: 'input' | 'output' | 'cacheRead' | 'cacheWrite') => {
        const price = row[field];
        if (price === undefined) return [];
        const tiers = (row.tiers ?? []).map((tier) => {
          const upper = tier[field];
          return upper === undefined ? '' : p.above(count(tier.aboveInputTokens), cost(upper));
        });
        return [[`${models(row)} · ${label}`, `${cost(price)} ${per}${tiers.join('')}${priority}`]] as [
          string,
          string,
        ][];
      };
      return [
        ...part(c.input, 'input'),
        ...part(c.output, 'output'),
        ...part(c.cacheRead, 'cacheRead'),
        ...part(c.cacheWrite, 'cacheWrite'),
      ];
    }
    case 'speech':
      return [[`${models(row)} · ${row.mode}`, `${cost(row.price)} ${c.perCharacters(count(row.per))}`]];
    case 'video':
      return [
        [
          `${models(row)} · ${row.modes.join(' / ')} · ${row.resolution} · ${row.durationSeconds} s`,
          `${cost(row.price)} ${c.perClip}`,
        ],
      ];
    case 'image':
      return [[models(row), `${cost(row.price)} ${c.perImage}`]];
    case 'music':
      return [[models(row), `${cost(row.price)} ${c.perSong}`]];
    case 'lyrics':
      return [[c.lyrics, `${cost(row.price)} ${c.perSong}`]];
    case 'vlm':
      return [[c.vlm, `${cost(row.price)} ${c.perRequest}`]];
    case 'voice': {
      const preview = row.preview ? c.previews(cost(row.preview.price), count(row.preview.per)) : '';
      return [[c.voice(row.operation), `${cost(row.price)} ${c.perVoice}${preview}`]];
    }
  }
}

/**
 * Every price of a table in words, each item's current price first and its earlier prices right
 * after it, newest first.
 */
export function priceEntries(
  table: PricingTable,
  c: Copy['prices'],
  p: PricesCopy,
  today: string,
): PriceEntry[] {
  const main: PriceSource = { url: table.sourceUrl, kind: table.sourceKind, read: table.effectiveDate };
  const byItem = new Map<string, PriceEntry[]>();
  for (const row of table.prices) {
    const current = (row.from ?? '') <= today && (row.until === undefined || today < row.until);
    for (const [item, price] of describe(row, table.currency, c, p)) {
      const entry = { item, price, row, source: row.source ?? main, current };
      byItem.set(item, [...(byItem.get(item) ?? []), entry]);
    }
  }
  const order = (a: PriceEntry, b: PriceEntry) =>
    Number(b.current) - Number(a.current) || (b.row.from ?? '').localeCompare(a.row.from ?? '');
  return [...byItem.values()].flatMap((entries) => entries.sort(order));
}

/** When a row applies, in words. */
export function inForce(row: PriceRow, p: PricesCopy): string {
  if (row.from && row.until) return p.between(row.from, row.until);
  if (row.from) return p.since(row.from);
  if (row.until) return p.until(row.until);
  return p.always;
}
