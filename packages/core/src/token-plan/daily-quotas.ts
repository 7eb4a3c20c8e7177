import { deepFreeze } from '../data/deep-freeze.js';
import { tokenPlan } from './token-plan.js';
import type { PlanTier, TokenPlanRules } from './token-plan-schema.js';

const reported = (tier: PlanTier) => {
  const rows: TokenPlanRules['reportedQuotas'] = tokenPlan.reportedQuotas;
  const row = rows.find((quota) => quota.region === 'global' && quota.tier === tier);
  return { images: row?.dailyImages ?? 0, characters: row?.dailySpeechCharacters ?? 0 };
};

// MiniMax publishes no daily sizes for video, music and lyrics, nor for turbo speech; these are
// assumptions, chosen to grow with the tier like the reported ones.
const assumed: Record<PlanTier, { video: number; music: number; lyrics: number }> = {
  starter: { video: 2, music: 2, lyrics: 20 },
  plus: { video: 3, music: 4, lyrics: 50 },
  max: { video: 5, music: 8, lyrics: 100 },
  ultra: { video: 10, music: 16, lyrics: 200 },
};

const quotasOf = (tier: PlanTier): Readonly<Record<string, number>> => {
  const { images, characters } = reported(tier);
  return { 'speech-hd': characters, 'speech-turbo': characters, 'image-01': images, ...assumed[tier] };
};

/**
 * The Token Plan's non-text daily quotas of each tier, by the bucket names of `dailyQuotaUse`.
 * Image and HD speech sizes are those reported for global plans (`tokenPlan.reportedQuotas`) and
 * are used for both regions; turbo speech is assumed equal to HD; video, music and lyrics are
 * assumed (MiniMax publishes none).
 */
export const dailyQuotas: Readonly<Record<PlanTier, Readonly<Record<string, number>>>> =
  /* @__PURE__ */ deepFreeze({
    starter: quotasOf('starter'),
    plus: quotasOf('plus'),
    max: quotasOf('max'),
    ultra: quotasOf('ultra'),
  });
