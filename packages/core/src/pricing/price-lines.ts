import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import { billingCharacters } from '../text/billing-characters.js';
import { count } from '../usage/count.js';
import type { SpeechModel, Usage, VideoUsage, VoiceUsage } from '../usage/usage.js';
import { type PriceQuery, pick, type RowOf, resolveModel, rowOn, rowsOf } from './pick-row.js';
import { validOn } from './price-index.js';
import { type LineExtras, line, type PricedLine } from './priced-line.js';
import { textLines } from './text-lines.js';

export type { LinePart, PricedLine } from './priced-line.js';

const extrasOf = (row: LineExtras): LineExtras => ({
  source: row.source,
  note: row.note,
});

function speechLine(query: PriceQuery, model: SpeechModel, mode: 'sync' | 'async', characters: number) {
  const { row, model: id } = pick(query, 'speech', model, mode);
  return line(
    ['speech', id],
    `${id} ${mode} speech`,
    characters,
    'character',
    row.price,
    row.per,
    extrasOf(row),
  );
}

function videoRow(query: PriceQuery, usage: VideoUsage) {
  const model = resolveModel(query.table, 'video', usage.model);
  const all = rowsOf(query.table, 'video');
  const rows = all.filter((row) => row.models.includes(model) && validOn(row, query.day));
  if (rows.length === 0) {
    const priced = [...new Set(all.filter((row) => validOn(row, query.day)).flatMap((row) => row.models))];
    throw new PriceNotFoundError(query.table.region, `${model} video on ${query.day}`, priced);
  }
  const seconds = count(usage.durationSeconds, 'durationSeconds');
  const row = rows.find(
    (r) => r.modes.includes(usage.mode) && r.resolution === usage.resolution && r.durationSeconds === seconds,
  );
  if (row) return { row, model };
  const valid = rows.flatMap((r) => r.modes.map((mode) => `${mode} ${r.resolution} ${r.durationSeconds} s`));
  const requested = `${describeValue(usage.mode)} ${describeValue(usage.resolution)} ${seconds} s`;
  throw new UnsupportedCombinationError(model, requested, valid, ` at a ${query.table.region} price`);
}

function voiceLines(query: PriceQuery, usage: VoiceUsage) {
  const operation = usage.operation;
  if (operation !== 'clone' && operation !== 'design')
    throw new InvalidUsageError('operation', `is ${describeValue(operation)}; use "clone" or "design"`);
  const row = rowOn<RowOf<'voice'>>(query, `voice ${operation}`, `voice ${operation}`, []);
  const voices = count(usage.count, 'count', 1);
  const lines = [line(['voice'], `voice ${operation}`, voices, 'voice', row.price, 1, extrasOf(row))];
  const characters =
    usage.previewText !== undefined
      ? billingCharacters(usage.previewText)
      : count(usage.previewCharacters, 'previewCharacters', 0);
  if (characters === 0) return lines;
  if (row.preview) {
    const { price, per } = row.preview;
    lines.push(line(['voice-preview'], `voice ${operation} preview`, characters, 'character', price, per));
  } else if (usage.previewModel === undefined) {
    throw new PriceNotFoundError(
      query.table.region,
      `voice ${operation} preview characters without a previewModel`,
      [],
      'Previews without their own price are charged at the preview model’s speech price: pass previewModel.',
    );
  } else {
    lines.push(speechLine(query, usage.previewModel, 'sync', characters));
  }
  return lines;
}

/** The priced lines of one usage for one query. Throws a typed error for anything it cannot price. */
export function priceLines(usage: Usage, query: PriceQuery): PricedLine[] {
  switch (usage.kind) {
    case 'text':
      return textLines(query, usage);
    case 'speech': {
      const characters =
        usage.text !== undefined
          ? billingCharacters(String(usage.text))
          : count(usage.characters, 'characters');
      return [speechLine(query, usage.model, usage.mode ?? 'sync', characters)];
    }
    case 'video': {
      const { row, model } = videoRow(query, usage);
      const description = `${model} ${usage.mode} ${row.resolution} ${row.durationSeconds} s`;
      const clips = count(usage.count, 'count', 1);
      return [line(['video', model], description, clips, 'clip', row.price, 1, extrasOf(row))];
    }
    case 'image':
    case 'music': {
      const { row, model } = pick(query, usage.kind, usage.model);
      return [
        line([usage.kind, model], model, count(usage.count, 'count'), row.unit, row.price, 1, extrasOf(row)),
      ];
    }
    case 'lyrics':
    case 'vlm': {
      const item = usage.kind === 'vlm' ? 'vlm requests' : 'lyrics generation';
      const row = rowOn<RowOf<'lyrics' | 'vlm'>>(query, usage.kind, item, []);
      return [
        line([usage.kind], usage.kind, count(usage.count, 'count'), row.unit, row.price, 1, extrasOf(row)),
      ];
    }
    case 'voice':
      return voiceLines(query, usage);
    default:
      throw new InvalidUsageError(
        'kind',
        `is ${describeValue((usage as { kind?: unknown }).kind)}; use text, speech, video, image, music, lyrics, voice or vlm`,
      );
  }
}
