import { type PriceRow, pricingTables, type Region, regions } from '@minimax-kit/core';
import { type CalculatorInput, type CalculatorKind, calculatorKinds } from './calculator-input.js';

type RowOf<K extends PriceRow['kind']> = Extract<PriceRow, { kind: K }>;

/** Today as core dates its rows (a UTC day). */
const today = () => new Date().toISOString().slice(0, 10);

/** Rows of `kind` in `region`'s bundled table that are in force today (`from` inclusive, `until` exclusive). */
export function rowsNow<K extends PriceRow['kind']>(region: Region, kind: K): RowOf<K>[] {
  const day = today();
  return (pricingTables[region]?.prices ?? []).filter(
    (row): row is RowOf<K> =>
      row.kind === kind && (row.from ?? '') <= day && (row.until === undefined || day < row.until),
  );
}

const unique = <T>(values: Iterable<T>) => [...new Set(values)];

/** Models with a price in `region` for `kind`, in the table's order; kinds priced without a model have none. */
export function modelsFor(region: Region, kind: CalculatorKind): string[] {
  if (kind !== 'text' && kind !== 'speech' && kind !== 'video' && kind !== 'image' && kind !== 'music')
    return [];
  return unique(rowsNow(region, kind).flatMap((row) => row.models));
}

/** Voice operations priced in `region`. */
export function voiceOperationsFor(region: Region): ('clone' | 'design')[] {
  return unique(rowsNow(region, 'voice').map((row) => row.operation));
}

/** Whether `region` prices any work of `kind` today. */
export function isPriced(region: Region, kind: CalculatorKind): boolean {
  if (kind === 'voice') return voiceOperationsFor(region).length > 0;
  if (kind === 'lyrics' || kind === 'vlm') return rowsNow(region, kind).length > 0;
  return modelsFor(region, kind).length > 0;
}

/** The text row in force today for `model`: its prompt-length tiers and service tiers. */
export const textRowFor = (region: Region, model: string) =>
  rowsNow(region, 'text').find((row) => row.models.includes(model));

/** The video choices that exist for a model, narrowed by the choices already made. */
export function videoChoices(region: Region, model: string, mode?: string, resolution?: string) {
  const forModel = rowsNow(region, 'video').filter((row) => row.models.includes(model));
  const modes = unique(forModel.flatMap((row) => row.modes));
  const forMode = forModel.filter(
    (row) => mode === undefined || (row.modes as readonly string[]).includes(mode),
  );
  const resolutions = unique(forMode.map((row) => row.resolution));
  const durations = unique(
    forMode
      .filter((row) => resolution === undefined || row.resolution === resolution)
      .map((row) => row.durationSeconds),
  ).sort((a, b) => a - b);
  return { modes, resolutions, durations };
}

const pick = <T>(value: T, options: readonly T[]) =>
  options.includes(value) ? value : (options[0] ?? value);

/** Moves every choice onto one that exists (the first, when it names none), keeping what already does. */
export function normalize(input: CalculatorInput): CalculatorInput {
  const next = { ...input };
  next.region = pick(next.region, Object.keys(regions) as Region[]);
  next.kind = pick(next.kind, calculatorKinds);
  next.speechMode = pick(next.speechMode, ['sync', 'async']);
  next.speechInput = pick(next.speechInput, ['text', 'characters']);
  next.serviceTier = pick(next.serviceTier, ['standard', 'priority']);
  const models = modelsFor(next.region, next.kind);
  if (models.length > 0) next.model = pick(next.model, models);
  if (next.kind === 'text' && textRowFor(next.region, next.model)?.serviceTiers?.priority === undefined)
    next.serviceTier = 'standard';
  if (next.kind === 'voice') {
    next.voiceOperation = pick(next.voiceOperation, voiceOperationsFor(next.region));
    next.previewModel = pick(next.previewModel, modelsFor(next.region, 'speech'));
  }
  if (next.kind === 'video') {
    next.videoMode = pick(next.videoMode, videoChoices(next.region, next.model).modes);
    next.resolution = pick(
      next.resolution,
      videoChoices(next.region, next.model, next.videoMode).resolutions,
    );
    const { durations } = videoChoices(next.region, next.model, next.videoMode, next.resolution);
    next.duration = String(pick(Number(next.duration), durations));
  }
  return next;
}
