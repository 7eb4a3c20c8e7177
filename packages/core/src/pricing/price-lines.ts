import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import { findModel } from '../models/find-model.js';
import { type Decimal, parseDecimal, priceTimes } from '../money/decimal.js';
import { billingCharacters } from '../text/billing-characters.js';
import { count } from '../usage/count.js';
import type { SpeechModel, Usage, VideoUsage, VoiceUsage } from '../usage/usage.js';
import { priceIndex } from './price-index.js';
import type { PriceRow, PricingTable } from './pricing-schema.js';

/** One priced component of a usage. */
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
  | 'voice'
  | 'voice-preview';

export interface PricedLine {
  /** In English, e.g. "MiniMax-M2 input"; `part` and `model` say the same for other languages. */
  description: string;
  part: LinePart;
  /** The canonical model id the line prices, when it prices a model. */
  model?: string;
  quantity: number;
  unit: string;
  price: string;
  per: number;
  amount: Decimal;
  note?: string;
}

type RowOf<K extends PriceRow['kind']> = Extract<PriceRow, { kind: K }>;

const rowsOf = <K extends PriceRow['kind']>(table: PricingTable, kind: K) =>
  (priceIndex(table).byKind.get(kind) ?? []) as readonly RowOf<K>[];

function line(
  [part, model]: [LinePart, string?],
  description: string,
  quantity: number,
  unit: string,
  price: string,
  per = 1,
  note?: string,
): PricedLine {
  const amount = priceTimes(parseDecimal(price), quantity, String(per).length - 1);
  const priced: PricedLine = { description, part, quantity, unit, price, per, amount };
  if (model) priced.model = model;
  if (note) priced.note = note;
  return priced;
}

/** The row pricing `model` (of `kind`, in `mode` for speech) and the model's canonical id. */
function pick<K extends 'text' | 'speech' | 'image' | 'music'>(
  table: PricingTable,
  kind: K,
  model: string,
  mode?: 'sync' | 'async',
): { row: RowOf<K>; model: string } {
  const id = findModel(model, kind === 'text' ? 'text' : kind).id;
  const row = priceIndex(table).byKey.get(mode ? `${kind} ${id} ${mode}` : `${kind} ${id}`);
  if (row) return { row: row as RowOf<K>, model: id };
  const rows = rowsOf(table, kind).filter((r) => !mode || (r as { mode?: string }).mode === mode);
  const priced = [...new Set(rows.flatMap((r) => (r as { models: readonly string[] }).models))];
  throw new PriceNotFoundError(table.region, mode ? `${id} (${mode} speech)` : id, priced);
}

function speechLine(table: PricingTable, model: SpeechModel, mode: 'sync' | 'async', characters: number) {
  const { row, model: id } = pick(table, 'speech', model, mode);
  return line(['speech', id], `${id} ${mode} speech`, characters, 'character', row.price, row.per, row.note);
}

function videoRow(table: PricingTable, usage: VideoUsage) {
  const model = findModel(usage.model, 'video').id;
  const rows = rowsOf(table, 'video').filter((row) => row.models.includes(model));
  if (rows.length === 0) {
    const priced = [...new Set(rowsOf(table, 'video').flatMap((row) => row.models))];
    throw new PriceNotFoundError(table.region, `${model} video`, priced);
  }
  const seconds = count(usage.durationSeconds, 'durationSeconds');
  const row = rows.find(
    (r) => r.modes.includes(usage.mode) && r.resolution === usage.resolution && r.durationSeconds === seconds,
  );
  if (row) return row;
  const valid = rows.flatMap((r) => r.modes.map((mode) => `${mode} ${r.resolution} ${r.durationSeconds} s`));
  const requested = `${usage.mode} ${usage.resolution} ${seconds} s`;
  throw new UnsupportedCombinationError(model, requested, valid, ` at a ${table.region} price`);
}

function voiceLines(table: PricingTable, usage: VoiceUsage) {
  const row = rowsOf(table, 'voice').find((r) => r.operation === usage.operation);
  if (!row) throw new PriceNotFoundError(table.region, `voice ${usage.operation}`, []);
  const voices = count(usage.count, 'count', 1);
  const lines = [line(['voice'], `voice ${usage.operation}`, voices, 'voice', row.price, 1, row.note)];
  const characters =
    usage.previewText !== undefined
      ? billingCharacters(usage.previewText)
      : count(usage.previewCharacters, 'previewCharacters', 0);
  if (characters === 0) return lines;
  if (row.preview) {
    lines.push(
      line(
        ['voice-preview'],
        `voice ${usage.operation} preview`,
        characters,
        'character',
        row.preview.price,
        row.preview.per,
      ),
    );
  } else if (usage.previewModel === undefined) {
    throw new PriceNotFoundError(
      table.region,
      `voice ${usage.operation} preview characters without a previewModel`,
      [],
      'Clone previews are charged at the preview model’s speech price: pass previewModel.',
    );
  } else {
    lines.push(speechLine(table, usage.previewModel, 'sync', characters));
  }
  return lines;
}

/** The priced lines of one usage against one table. Throws a typed error for anything it cannot price. */
export function priceLines(usage: Usage, table: PricingTable): PricedLine[] {
  switch (usage.kind) {
    case 'text': {
      const { row, model } = pick(table, 'text', usage.model);
      const tokens = (field: 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens') =>
        count(usage[field], field, field.startsWith('cache') ? 0 : undefined);
      const lines = [
        line(['input', model], `${model} input`, tokens('inputTokens'), 'token', row.input, row.per),
        line(['output', model], `${model} output`, tokens('outputTokens'), 'token', row.output, row.per),
      ];
      for (const [field, price, label, part] of [
        ['cacheReadTokens', row.cacheRead, 'cache read', 'cache-read'],
        ['cacheWriteTokens', row.cacheWrite, 'cache write', 'cache-write'],
      ] as const) {
        const quantity = tokens(field);
        if (quantity === 0) continue;
        if (price === undefined) throw new PriceNotFoundError(table.region, `${model} ${label} tokens`, []);
        lines.push(line([part, model], `${model} ${label}`, quantity, 'token', price, row.per));
      }
      return lines;
    }
    case 'speech': {
      const characters =
        usage.text !== undefined
          ? billingCharacters(String(usage.text))
          : count(usage.characters, 'characters');
      return [speechLine(table, usage.model, usage.mode ?? 'sync', characters)];
    }
    case 'video': {
      const row = videoRow(table, usage);
      const model = findModel(usage.model).id;
      const description = `${model} ${usage.mode} ${row.resolution} ${row.durationSeconds} s`;
      return [
        line(['video', model], description, count(usage.count, 'count', 1), 'clip', row.price, 1, row.note),
      ];
    }
    case 'image':
    case 'music': {
      const { row, model } = pick(table, usage.kind, usage.model);
      return [line([usage.kind, model], model, count(usage.count, 'count'), row.unit, row.price)];
    }
    case 'lyrics': {
      const row = rowsOf(table, 'lyrics')[0];
      if (!row) throw new PriceNotFoundError(table.region, 'lyrics generation', []);
      return [line(['lyrics'], 'lyrics', count(usage.count, 'count'), 'song', row.price)];
    }
    case 'voice':
      return voiceLines(table, usage);
    case 'vlm':
      throw new PriceNotFoundError(
        table.region,
        'vlm requests',
        [],
        'The vlm endpoint is part of the Token Plan; use tokenPlanRequests().',
      );
    default:
      throw new InvalidUsageError(
        'kind',
        `is ${JSON.stringify((usage as { kind?: unknown }).kind)}; use text, speech, video, image, music, lyrics, voice or vlm`,
      );
  }
}
