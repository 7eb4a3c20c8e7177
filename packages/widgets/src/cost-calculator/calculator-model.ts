import {
  type CostEstimate,
  estimateCost,
  type PricingTable,
  pricingTables,
  type Region,
  tokenPlanRequests,
  type Usage,
  type VideoMode,
  type VideoResolution,
} from '@minimax-kit/core';

/** The calculator's tabs, one per kind of MiniMax work. */
export const calculatorKinds = ['text', 'speech', 'video', 'image', 'music', 'voice'] as const;
export type CalculatorKind = (typeof calculatorKinds)[number];

/** Everything a person can enter, as the calculator holds it. */
export interface CalculatorInput {
  region: Region;
  kind: CalculatorKind;
  model: string;
  inputTokens: string;
  outputTokens: string;
  cacheReadTokens: string;
  cacheWriteTokens: string;
  speechMode: 'sync' | 'async';
  speechInput: 'text' | 'characters';
  text: string;
  characters: string;
  videoMode: VideoMode;
  resolution: string;
  duration: string;
  count: string;
  voiceOperation: 'clone' | 'design';
  previewCharacters: string;
  previewModel: string;
}

/** A field that can hold a wrong value, and what is wrong with it. */
export type FieldError = 'wholeNumber' | 'atLeastOne' | 'tooLarge' | 'empty';
export type NumberField =
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheReadTokens'
  | 'cacheWriteTokens'
  | 'characters'
  | 'count'
  | 'previewCharacters';

/** What the calculator shows for the current input. */
export type CalculatorResult =
  | { state: 'priced'; usage: Usage; cost: CostEstimate; planRequests: number | undefined }
  | { state: 'invalid'; errors: Partial<Record<NumberField | 'text', FieldError>> }
  /** The region publishes no price for this kind (global prices exist for some text models only). */
  | { state: 'unpriced' }
  /** core refused the combination; `message` says why. */
  | { state: 'refused'; message: string };

type Row = PricingTable['prices'][number];
type RowOf<K extends Row['kind']> = Extract<Row, { kind: K }>;

const rows = <K extends Row['kind']>(region: Region, kind: K) =>
  (pricingTables[region]?.prices ?? []).filter((row): row is RowOf<K> => row.kind === kind);

const unique = <T>(values: Iterable<T>) => [...new Set(values)];

/** Models with a price in `region` for `kind` (voices have none: they are priced per operation). */
export function modelsFor(region: Region, kind: CalculatorKind): string[] {
  if (kind === 'voice') return [];
  return unique(rows(region, kind).flatMap((row) => row.models));
}

/** The video choices that exist for a model, narrowed by the choices already made. */
export function videoChoices(region: Region, model: string, mode?: string, resolution?: string) {
  const forModel = rows(region, 'video').filter((row) => row.models.includes(model));
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

/** Voice operations priced in `region`. */
export function voiceOperationsFor(region: Region): ('clone' | 'design')[] {
  return unique(rows(region, 'voice').map((row) => row.operation));
}

const pick = <T>(value: T, options: readonly T[]) =>
  options.includes(value) ? value : (options[0] ?? value);

/** Moves every choice onto one that exists, keeping what already does. */
export function normalize(input: CalculatorInput): CalculatorInput {
  const next = { ...input };
  const models = modelsFor(next.region, next.kind);
  if (models.length > 0) next.model = pick(next.model, models);
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

const LARGEST = 1e12;

function whole(value: string, minimum: 0 | 1): number | FieldError {
  const text = value.trim();
  if (text === '' && minimum === 0) return 0;
  if (!/^\d+$/.test(text)) return minimum === 0 ? 'wholeNumber' : 'atLeastOne';
  const n = Number(text);
  if (n > LARGEST) return 'tooLarge';
  if (n < minimum) return 'atLeastOne';
  return n;
}

/** The `Usage` the input describes, or what is wrong with it, field by field. */
function usageOf(input: CalculatorInput): Usage | Partial<Record<NumberField | 'text', FieldError>> {
  const errors: Partial<Record<NumberField | 'text', FieldError>> = {};
  const read = (field: NumberField, minimum: 0 | 1) => {
    const value = whole(input[field], minimum);
    if (typeof value === 'number') return value;
    errors[field] = value;
    return 0;
  };
  let usage: Usage;
  switch (input.kind) {
    case 'text':
      usage = {
        kind: 'text',
        model: input.model,
        inputTokens: read('inputTokens', 0),
        outputTokens: read('outputTokens', 0),
        cacheReadTokens: read('cacheReadTokens', 0),
        cacheWriteTokens: read('cacheWriteTokens', 0),
      };
      break;
    case 'speech':
      if (input.speechInput === 'text' && input.text.length === 0) errors.text = 'empty';
      usage =
        input.speechInput === 'text'
          ? { kind: 'speech', model: input.model, mode: input.speechMode, text: input.text }
          : { kind: 'speech', model: input.model, mode: input.speechMode, characters: read('characters', 0) };
      break;
    case 'video':
      usage = {
        kind: 'video',
        model: input.model,
        mode: input.videoMode,
        resolution: input.resolution as VideoResolution,
        durationSeconds: Number(input.duration),
        count: read('count', 1),
      };
      break;
    case 'image':
    case 'music':
      usage = { kind: input.kind, model: input.model, count: read('count', 1) };
      break;
    case 'voice':
      usage = {
        kind: 'voice',
        operation: input.voiceOperation,
        count: read('count', 1),
        previewCharacters: read('previewCharacters', 0),
        ...(input.voiceOperation === 'clone' ? { previewModel: input.previewModel } : {}),
      };
      break;
  }
  return Object.keys(errors).length > 0 ? errors : usage;
}

/** Prices the input exactly with `@minimax-kit/core`, or says why it cannot. */
export function calculate(input: CalculatorInput): CalculatorResult {
  const priced =
    input.kind === 'voice'
      ? voiceOperationsFor(input.region).length > 0
      : modelsFor(input.region, input.kind).length > 0;
  if (!priced) return { state: 'unpriced' };
  const usage = usageOf(input);
  if (!('kind' in usage)) return { state: 'invalid', errors: usage };
  let cost: CostEstimate;
  try {
    cost = estimateCost(usage, { region: input.region });
  } catch (error) {
    return { state: 'refused', message: (error as Error).message };
  }
  let planRequests: number | undefined;
  try {
    planRequests = tokenPlanRequests(usage);
  } catch {
    planRequests = undefined; // the Token Plan does not cover this work
  }
  return { state: 'priced', usage, cost, planRequests };
}

/** Where a fresh calculator starts. */
export const initialInput: CalculatorInput = {
  region: 'cn',
  kind: 'text',
  model: 'MiniMax-M2',
  inputTokens: '1000000',
  outputTokens: '200000',
  cacheReadTokens: '0',
  cacheWriteTokens: '0',
  speechMode: 'sync',
  speechInput: 'text',
  text: '',
  characters: '10000',
  videoMode: 'text-to-video',
  resolution: '768P',
  duration: '6',
  count: '1',
  voiceOperation: 'clone',
  previewCharacters: '0',
  previewModel: 'speech-2.8-hd',
};
