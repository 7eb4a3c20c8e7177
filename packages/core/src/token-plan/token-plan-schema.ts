import type { infer as Infer } from 'zod/mini';
import {
  array,
  enum as enumOf,
  int,
  iso,
  literal,
  minLength,
  nonnegative,
  optional,
  positive,
  regex,
  strictObject,
  string,
  url,
} from 'zod/mini';
import { regionSchema } from '../regions/region-schema.js';
import { planPriceSchema } from './plan-price-schema.js';
import { planTierSchema } from './plan-tier-schema.js';

const requests = int().check(positive());
const models = array(string()).check(minLength(1));
const note = optional(string());
const clockTime = string().check(regex(/^\d{2}:\d{2}$/));

export type { PlanTier } from './plan-tier-schema.js';
export { planTierSchema };

/** Token Plan rules: request equivalents, windows, the weekly cap, overflow, key types, peak hours. */
export const tokenPlanSchema = strictObject({
  sources: array(url()),
  effectiveDate: string().check(regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Text models share one quota over a rolling window of this many hours. */
  textWindowHours: int().check(positive()),
  /** Requests per call of each covered text model. */
  text: array(strictObject({ models, requests, highspeedPlanOnly: optional(literal(true)), note })),
  /** Requests per vlm (image / video / audio understanding) call, in the plan's own text requests. */
  vlm: strictObject({ requests, note }),
  speech: array(strictObject({ models, mode: enumOf(['sync', 'async']), requests, perCharacters: requests })),
  video: array(
    strictObject({
      models,
      modes: array(enumOf(['text-to-video', 'image-to-video'])),
      resolution: enumOf(['512P', '768P', '1080P']),
      durationSeconds: requests,
      requests,
    }),
  ),
  music: array(strictObject({ models, requests, maxMinutes: requests, note })),
  lyrics: strictObject({ requests }),
  image: strictObject({ models, requests }),
  /** Covered models whose request equivalent MiniMax does not state. */
  coveredWithoutWeight: array(string()),
  notCovered: array(string()),
  weeklyCap: strictObject({
    multipleOfWindow: requests,
    purchasedFrom: iso.datetime({ offset: true }),
    note,
  }),
  /** Non-text models have daily quotas that reset at midnight in this zone. */
  dailyReset: strictObject({ timeZone: string(), note }),
  overflow: array(enumOf(['plan', 'credits', 'pay-as-you-go'])),
  creditsPerUsd: requests,
  keyPrefixes: strictObject({ tokenPlan: string(), payAsYouGo: string() }),
  peakHours: strictObject({
    weekdaysOnly: literal(true),
    from: clockTime,
    to: clockTime,
    timeZone: string(),
    concurrentAgents: strictObject({ starter: requests, plus: requests, max: requests, ultra: requests }),
    note,
  }),
  /** Where sources disagree: each reading with its source, and the one minimax-kit follows. */
  conflicts: array(
    strictObject({
      topic: string(),
      readings: array(strictObject({ source: url(), says: string() })).check(minLength(2)),
      kept: string(),
    }),
  ),
  /** What each tier costs, by region and era (see `planPriceSchema`). */
  prices: array(planPriceSchema),
  /** Text requests per window by plan, as reported by third parties; `/v1/token_plan/remains` is the truth. */
  reportedQuotas: array(
    strictObject({
      region: regionSchema,
      tier: planTierSchema,
      windowRequests: requests,
      dailyImages: optional(int().check(nonnegative())),
      dailySpeechCharacters: optional(int().check(nonnegative())),
      source: url(),
    }),
  ),
});

/** The Token Plan rules (see `tokenPlanSchema`). */
export type TokenPlanRules = Infer<typeof tokenPlanSchema>;
