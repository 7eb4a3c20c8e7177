import type { Catalog } from '../catalog/catalog-schema.js';
import { objectArgument, wrongArgument } from '../errors/check-argument.js';
import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanCoverageError } from '../errors/plan-coverage-error.js';
import { PlanWeightUnknownError } from '../errors/plan-weight-unknown-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import { bundledModels } from '../models/find-model.js';
import { type ModelIndex, modelIndex } from '../models/model-index.js';
import { billingCharacters } from '../text/billing-characters.js';
import { count } from '../usage/count.js';
import type { Usage } from '../usage/usage.js';
import { tokenPlan } from './token-plan.js';
import type { TokenPlanRules } from './token-plan-schema.js';

/** A standard Token Plan, or a High-Speed one (MiniMax-M*-highspeed, vlm at highspeed rates). */
export type PlanKind = 'standard' | 'highspeed';

/** Options of `tokenPlanRequests`. */
export interface TokenPlanOptions {
  /** `standard` when absent. */
  plan?: PlanKind;
  /** A catalog loaded with `loadCatalog()`: its plan rules, models and aliases instead of the bundled ones. */
  catalog?: Pick<Catalog, 'tokenPlan' | 'models'>;
}

/** The plan rules a count follows, and the models their names resolve against. */
interface Rules {
  plan: TokenPlanRules;
  models: ModelIndex;
}

const bundled: Rules = { plan: tokenPlan, models: bundledModels };
const loaded = new WeakMap<object, Rules>();

function rulesOf(catalog: TokenPlanOptions['catalog']): Rules {
  if (!catalog) return bundled;
  let rules = loaded.get(catalog);
  if (!rules) {
    rules = { plan: catalog.tokenPlan, models: modelIndex(catalog.models) };
    loaded.set(catalog, rules);
  }
  return rules;
}

const uncovered = ({ plan }: Rules, item: string) =>
  new PlanCoverageError(item, [
    ...plan.text.flatMap((row) => row.models),
    'vlm',
    ...new Set(plan.speech.flatMap((row) => row.models)),
    ...new Set(plan.video.flatMap((row) => row.models)),
    ...plan.music.flatMap((row) => row.models),
    'lyrics',
    ...plan.image.models,
  ]);

function modelRequests(
  rules: Rules,
  rows: readonly { models: readonly string[]; requests: number }[],
  model: string,
): bigint {
  const row = rows.find((candidate) => candidate.models.includes(model));
  if (row) return BigInt(row.requests);
  if (rules.plan.coveredWithoutWeight.includes(model)) throw new PlanWeightUnknownError(model);
  throw uncovered(rules, model);
}

const planKinds: readonly unknown[] = ['standard', 'highspeed'];

/** The plan kind of `options.plan`; `InvalidUsageError` for anything but `standard` or `highspeed`. */
export function planKindOf(plan: unknown): PlanKind {
  if (plan === undefined) return 'standard';
  if (!planKinds.includes(plan)) wrongArgument('options.plan', plan, 'use "standard" or "highspeed"');
  return plan as PlanKind;
}

const big = (value: unknown, field: string, fallback?: number) => BigInt(count(value, field, fallback));

function requestsOf(usage: Usage, plan: PlanKind, rules: Rules): bigint {
  const { plan: tokenPlan, models } = rules;
  objectArgument(usage, 'usage', 'pass a usage such as { kind: "text", model, inputTokens, outputTokens }');
  switch (usage.kind) {
    case 'text':
      return (
        big(usage.requests, 'requests', 1) *
        modelRequests(rules, tokenPlan.text, models.find(usage.model, 'text').id)
      );
    case 'vlm':
      return big(usage.count, 'count') * BigInt(tokenPlan.vlm.requests * (plan === 'highspeed' ? 2 : 1));
    case 'speech': {
      const model = models.find(usage.model, 'speech').id;
      const mode = usage.mode ?? 'sync';
      const row = tokenPlan.speech.find(
        (r) => r.mode === mode && (r.models as readonly string[]).includes(model),
      );
      if (!row) throw uncovered(rules, `${model} (${mode})`);
      const characters = BigInt(
        usage.text !== undefined
          ? billingCharacters(String(usage.text))
          : count(usage.characters, 'characters'),
      );
      // MiniMax states "N requests per 1,000 characters"; partial thousands are charged pro rata, rounded up.
      const per = BigInt(row.perCharacters);
      return (characters * BigInt(row.requests) + per - 1n) / per;
    }
    case 'video': {
      const model = models.find(usage.model, 'video').id;
      const rows = tokenPlan.video.filter((r) => (r.models as readonly string[]).includes(model));
      if (rows.length === 0) throw uncovered(rules, model);
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
      return big(usage.count, 'count', 1) * BigInt(row.requests);
    }
    case 'image':
      return (
        big(usage.count, 'count') *
        modelRequests(rules, [tokenPlan.image], models.find(usage.model, 'image').id)
      );
    case 'music':
      return (
        big(usage.count, 'count') *
        modelRequests(rules, tokenPlan.music, models.find(usage.model, 'music').id)
      );
    case 'lyrics':
      return big(usage.count, 'count') * BigInt(tokenPlan.lyrics.requests);
    case 'voice':
      throw uncovered(rules, `voice ${usage.operation}`);
    default:
      throw new InvalidUsageError('kind', `is ${describeValue((usage as { kind?: unknown }).kind)}`);
  }
}

/**
 * The Token Plan requests some work is worth, exactly, as a bigint: counts past 2^53 keep every digit.
 * Throws like `tokenPlanRequests`.
 */
export function tokenPlanRequestsExact(
  usage: Usage | readonly Usage[],
  options: TokenPlanOptions = {},
): bigint {
  objectArgument(options, 'options', 'pass { plan?, catalog? } or leave it out');
  const plan = planKindOf(options.plan);
  const rules = rulesOf(options.catalog);
  const usages: readonly Usage[] = Array.isArray(usage) ? usage : [usage as Usage];
  return usages.reduce((total, item) => total + requestsOf(item, plan, rules), 0n);
}

/**
 * The Token Plan requests some work is worth (one request ≈ one MiniMax-M2.7 call): highspeed text
 * ×2, vlm ×3, HD speech 600 per 1,000 characters, a Hailuo-02 512P 10 s clip 2,250, an image 75 …
 * Throws `PlanCoverageError` for work the plan does not cover and names what it does,
 * `PlanWeightUnknownError` for covered work without a stated weight (Music-2.6), and
 * `InvalidUsageError` when the total passes 2^53 (use `tokenPlanRequestsExact`).
 */
export function tokenPlanRequests(usage: Usage | readonly Usage[], options: TokenPlanOptions = {}): number {
  const total = tokenPlanRequestsExact(usage, options);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InvalidUsageError(
      'usage',
      `is worth ${total} requests, past 2^53; use tokenPlanRequestsExact()`,
    );
  }
  return Number(total);
}
