import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { findModel } from '../models/find-model.js';
import { count } from '../usage/count.js';
import type {
  ImageUsage,
  LyricsUsage,
  MusicUsage,
  SpeechUsage,
  TextModel,
  TextUsage,
  VideoUsage,
} from '../usage/usage.js';

/** A day's calls of one text model, with the tokens of a typical call. */
export interface TextCallsPerDay {
  model: TextModel;
  callsPerDay: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
}

/** A day's media: speech characters, image counts, video clips, songs, lyrics — as usage. */
export type MediaPerDay = SpeechUsage | VideoUsage | ImageUsage | MusicUsage | LyricsUsage;

/** What someone runs on a typical day, for `comparePlans`. */
export interface PlanWorkload {
  text?: readonly TextCallsPerDay[];
  media?: readonly MediaPerDay[];
  /**
   * The hours of the day the text calls spread evenly over (1–24); 24 when absent. A team that
   * works 8 hours puts 5/8 of its day into its busiest 5-hour window, not 5/24.
   */
  activeHours?: number;
}

/** A workload checked and turned into one day's usage. */
export interface DailyWork {
  text: TextUsage[];
  media: MediaPerDay[];
  activeHours: number;
}

const mediaKinds = ['speech', 'video', 'image', 'music', 'lyrics'];

function product(calls: number, perCall: number, field: string): number {
  const total = calls * perCall;
  if (!Number.isSafeInteger(total))
    throw new InvalidUsageError(field, `× callsPerDay is ${total}, past 2^53; use a smaller workload`);
  return total;
}

function textOf(entry: unknown, path: string): TextUsage {
  if (typeof entry !== 'object' || entry === null)
    throw new InvalidUsageError(
      path,
      `is ${describeValue(entry)}; use { model, callsPerDay, inputTokens, outputTokens }`,
    );
  const calls = entry as Partial<TextCallsPerDay>;
  if (typeof calls.model !== 'string')
    throw new InvalidUsageError(
      `${path}.model`,
      `is ${describeValue(calls.model)}; use a text model id such as "MiniMax-M2.7"`,
    );
  const model = findModel(calls.model, 'text').id;
  const perDay = count(calls.callsPerDay, `${path}.callsPerDay`);
  const tokens = (
    field: 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens',
    fallback?: number,
  ) => product(perDay, count(calls[field], `${path}.${field}`, fallback), `${path}.${field}`);
  return {
    kind: 'text',
    model,
    requests: perDay,
    inputTokens: tokens('inputTokens'),
    outputTokens: tokens('outputTokens'),
    cacheReadTokens: tokens('cacheReadTokens', 0),
    cacheWriteTokens: tokens('cacheWriteTokens', 0),
  };
}

function listOf(value: unknown, path: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidUsageError(path, `is ${describeValue(value)}; use an array`);
  return value;
}

/**
 * Checks a workload and turns it into one day's usage. Throws `InvalidUsageError` naming the field
 * for anything negative, fractional or missing, and `UnknownModelError` for an unknown text model.
 */
export function dailyWork(workload: PlanWorkload): DailyWork {
  if (typeof workload !== 'object' || workload === null)
    throw new InvalidUsageError(
      'workload',
      `is ${describeValue(workload)}; use { text, media, activeHours }`,
    );
  const text = listOf(workload.text, 'workload.text').map((entry, i) => textOf(entry, `workload.text[${i}]`));
  const media = listOf(workload.media, 'workload.media').map((item, i) => {
    const kind = (item as { kind?: unknown } | null)?.kind;
    if (typeof kind !== 'string' || !mediaKinds.includes(kind))
      throw new InvalidUsageError(
        `workload.media[${i}].kind`,
        `is ${describeValue(kind)}; use one of ${mediaKinds.join(', ')}`,
      );
    return item as MediaPerDay;
  });
  const hours = workload.activeHours ?? 24;
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > 24)
    throw new InvalidUsageError(
      'workload.activeHours',
      `is ${describeValue(hours)}; use a whole number of hours from 1 to 24`,
    );
  return { text, media, activeHours: hours };
}
