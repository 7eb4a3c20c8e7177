import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanCoverageError } from '../errors/plan-coverage-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import { findModel } from '../models/find-model.js';
import { billingCharacters } from '../text/billing-characters.js';
import { count } from '../usage/count.js';
import type { Usage } from '../usage/usage.js';
import { tokenPlan } from './token-plan.js';

/** A standard Token Plan, or a High-Speed one (MiniMax-M*-highspeed, vlm at highspeed rates). */
export type PlanKind = 'standard' | 'highspeed';

/** Options of `tokenPlanRequests`. */
export interface TokenPlanOptions {
  /** `standard` when absent. */
  plan?: PlanKind;
}

const covered = [
  ...tokenPlan.text.flatMap((row) => row.models),
  'vlm',
  ...new Set(tokenPlan.speech.flatMap((row) => row.models)),
  ...new Set(tokenPlan.video.flatMap((row) => row.models)),
  ...tokenPlan.music.flatMap((row) => row.models),
  'lyrics',
  ...tokenPlan.image.models,
];

const uncovered = (item: string) => new PlanCoverageError(item, covered);

function modelRequests(
  rows: readonly { models: readonly string[]; requests: number }[],
  model: string,
): number {
  const row = rows.find((candidate) => candidate.models.includes(model));
  if (!row) throw uncovered(model);
  return row.requests;
}

function requestsOf(usage: Usage, plan: PlanKind): number {
  switch (usage.kind) {
    case 'text':
      return (
        count(usage.requests, 'requests', 1) *
        modelRequests(tokenPlan.text, findModel(usage.model, 'text').id)
      );
    case 'vlm':
      return count(usage.count, 'count') * tokenPlan.vlm.requests * (plan === 'highspeed' ? 2 : 1);
    case 'speech': {
      const model = findModel(usage.model, 'speech').id;
      const mode = usage.mode ?? 'sync';
      const row = tokenPlan.speech.find(
        (r) => r.mode === mode && (r.models as readonly string[]).includes(model),
      );
      if (!row) throw uncovered(`${model} (${mode})`);
      const characters =
        usage.text !== undefined
          ? billingCharacters(String(usage.text))
          : count(usage.characters, 'characters');
      // MiniMax states "N requests per 1,000 characters"; partial thousands are charged pro rata, rounded up.
      return Math.ceil((characters * row.requests) / row.perCharacters);
    }
    case 'video': {
      const model = findModel(usage.model, 'video').id;
      const rows = tokenPlan.video.filter((r) => (r.models as readonly string[]).includes(model));
      if (rows.length === 0) throw uncovered(model);
      const seconds = count(usage.durationSeconds, 'durationSeconds');
      const row = rows.find(
        (r) =>
          (r.modes as readonly string[]).includes(usage.mode) &&
          r.resolution === usage.resolution &&
          r.durationSeconds === seconds,
      );
      if (!row) {
        const valid = rows.flatMap((r) => r.modes.map((m) => `${m} ${r.resolution} ${r.durationSeconds} s`));
        throw new UnsupportedCombinationError(
          model,
          `${usage.mode} ${usage.resolution} ${seconds} s`,
          valid,
          ' on the Token Plan',
        );
      }
      return count(usage.count, 'count', 1) * row.requests;
    }
    case 'image':
      return (
        count(usage.count, 'count') * modelRequests([tokenPlan.image], findModel(usage.model, 'image').id)
      );
    case 'music':
      return count(usage.count, 'count') * modelRequests(tokenPlan.music, findModel(usage.model, 'music').id);
    case 'lyrics':
      return count(usage.count, 'count') * tokenPlan.lyrics.requests;
    case 'voice':
      throw uncovered(`voice ${usage.operation}`);
    default:
      throw new InvalidUsageError('kind', `is ${describeValue((usage as { kind?: unknown }).kind)}`);
  }
}

/**
 * The Token Plan requests some work is worth (one request ≈ one MiniMax-M2.7 call): highspeed text
 * ×2, vlm ×3, HD speech 600 per 1,000 characters, a Hailuo-02 512P 10 s clip 2,250, an image 75 …
 * Throws `PlanCoverageError` for work the plan does not cover and names what it does.
 */
export function tokenPlanRequests(usage: Usage | readonly Usage[], options: TokenPlanOptions = {}): number {
  const plan = options.plan ?? 'standard';
  const usages: readonly Usage[] = Array.isArray(usage) ? usage : [usage as Usage];
  return usages.reduce((total, item) => total + requestsOf(item, plan), 0);
}
