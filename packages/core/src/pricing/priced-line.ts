import { type Decimal, parseDecimal, priceTimes } from '../money/decimal.js';
import type { PriceSource } from './price-row-schema.js';

/** What a cost line is for, as a stable key a UI can put in its own words. */
export type LinePart =
  | 'input'
  | 'output'
  | 'cache-read'
  | 'cache-write'
  | 'speech'
  | 'video'
  | 'image'
  | 'music'
  | 'lyrics'
  | 'vlm'
  | 'voice'
  | 'voice-preview';

/** One priced component of a usage. */
export interface PricedLine {
  /** In English, e.g. "MiniMax-M2 input"; `part` and `model` say the same for other languages. */
  description: string;
  part: LinePart;
  /** The canonical model id the line prices, when it prices a model. */
  model?: string;
  quantity: number;
  unit: string;
  /** The price applied, after any service-tier multiplier. */
  price: string;
  per: number;
  amount: Decimal;
  /** The prompt-length tier applied: the request had more input tokens than this. */
  aboveInputTokens?: number;
  /** Set when the priority service tier's multiplier applied. */
  serviceTier?: 'priority';
  /** Where this price comes from, when not from the table's main source. */
  source?: PriceSource;
  note?: string;
}

/** Extra facts of a line: its tier, service tier, source and note. */
export type LineExtras = {
  [K in 'aboveInputTokens' | 'serviceTier' | 'source' | 'note']?: PricedLine[K] | undefined;
};

/** A priced line: `quantity × price / per`, exactly. */
export function line(
  [part, model]: [LinePart, string?],
  description: string,
  quantity: number,
  unit: string,
  price: string,
  per = 1,
  extras: LineExtras = {},
): PricedLine {
  const amount = priceTimes(parseDecimal(price), quantity, String(per).length - 1);
  const priced: PricedLine = { description, part, quantity, unit, price, per, amount };
  if (model) priced.model = model;
  for (const [key, value] of Object.entries(extras)) {
    if (value !== undefined) Object.assign(priced, { [key]: value });
  }
  return priced;
}
