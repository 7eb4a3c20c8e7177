import { deepFreeze } from '../data/deep-freeze.js';
import { planPrices } from './plan-prices.js';
import { tokenPlanConflicts } from './token-plan-conflicts.js';
import type { TokenPlanRules } from './token-plan-schema.js';

const reported = 'https://github.com/robinebers/openusage/blob/main/docs/providers/minimax.md';
const hd = ['speech-2.8-hd', 'speech-2.6-hd', 'speech-02-hd'];
const turbo = ['speech-2.8-turbo', 'speech-2.6-turbo', 'speech-02-turbo'];

/**
 * MiniMax Token Plan rules.
 * Sources: https://platform.minimax.io/docs/token-plan/intro (request equivalents) and
 * https://platform.minimax.io/docs/token-plan/faq (windows, daily quotas, weekly cap, overflow, peak hours).
 */
export const tokenPlan = /* @__PURE__ */ deepFreeze({
  sources: [
    'https://platform.minimax.io/docs/token-plan/intro',
    'https://platform.minimax.io/docs/token-plan/faq',
  ],
  effectiveDate: '2026-11-23',
  textWindowHours: 5,
  text: [
    { models: ['MiniMax-M2.7', 'MiniMax-M2.5'], requests: 1 },
    {
      models: ['MiniMax-M2.7-highspeed', 'MiniMax-M2.5-highspeed'],
      requests: 2,
      highspeedPlanOnly: true,
      note: 'Dedicated on High-Speed plans; a standard plan key is refused for it ("0/0 used").',
    },
  ],
  vlm: {
    requests: 3,
    note: 'On High-Speed plans a vlm call deducts 3 highspeed requests, that is 6 requests.',
  },
  speech: [
    { models: hd, mode: 'sync', requests: 600, perCharacters: 1000 },
    { models: turbo, mode: 'sync', requests: 300, perCharacters: 1000 },
    { models: hd, mode: 'async', requests: 450, perCharacters: 1000 },
    { models: turbo, mode: 'async', requests: 225, perCharacters: 1000 },
  ],
  video: [
    {
      models: ['MiniMax-Hailuo-2.3-Fast'],
      modes: ['image-to-video'],
      resolution: '768P',
      durationSeconds: 6,
      requests: 3000,
    },
    {
      models: ['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-02'],
      modes: ['text-to-video', 'image-to-video'],
      resolution: '768P',
      durationSeconds: 6,
      requests: 4500,
    },
    {
      models: ['MiniMax-Hailuo-02'],
      modes: ['image-to-video'],
      resolution: '512P',
      durationSeconds: 6,
      requests: 1500,
    },
    {
      models: ['MiniMax-Hailuo-02'],
      modes: ['image-to-video'],
      resolution: '512P',
      durationSeconds: 10,
      requests: 2250,
    },
  ],
  music: [
    { models: ['music-2.5+', 'music-2.5'], requests: 3000, maxMinutes: 5 },
    { models: ['music-2.0'], requests: 450, maxMinutes: 5 },
  ],
  lyrics: { requests: 75 },
  image: { models: ['image-01', 'image-01-live'], requests: 75 },
  coveredWithoutWeight: ['music-2.6'],
  notCovered: [
    'voice clone',
    'voice design',
    'MiniMax-M3',
    'MiniMax-M2.1',
    'MiniMax-M2',
    'MiniMax-M2-Stable',
  ],
  weeklyCap: {
    multipleOfWindow: 10,
    purchasedFrom: '2026-03-23T00:00:00+08:00',
    note: 'Plans bought before 2026-03-23 have no weekly cap. The FAQ gives no time zone; China Standard Time is assumed.',
  },
  dailyReset: {
    timeZone: 'Asia/Shanghai',
    note: 'The FAQ says daily quotas reset "each day"; /v1/token_plan/remains windows start at 00:00 UTC+8.',
  },
  overflow: ['plan', 'credits', 'pay-as-you-go'],
  creditsPerUsd: 1000,
  keyPrefixes: { tokenPlan: 'sk-cp-', payAsYouGo: 'sk-api-' },
  peakHours: {
    weekdaysOnly: true,
    from: '15:00',
    to: '17:30',
    timeZone: 'Asia/Shanghai',
    concurrentAgents: { starter: 1, plus: 1, max: 2, ultra: 4 },
    note: 'Adjusted dynamically with cluster load; "typically" weekdays 15:00–17:30 (time zone assumed).',
  },
  prices: planPrices,
  reportedQuotas: [
    {
      region: 'global',
      tier: 'starter',
      windowRequests: 1500,
      dailyImages: 50,
      dailySpeechCharacters: 4000,
      source: reported,
    },
    {
      region: 'global',
      tier: 'plus',
      windowRequests: 4500,
      dailyImages: 100,
      dailySpeechCharacters: 9000,
      source: reported,
    },
    {
      region: 'global',
      tier: 'max',
      windowRequests: 15000,
      dailyImages: 120,
      dailySpeechCharacters: 11000,
      source: reported,
    },
    {
      region: 'global',
      tier: 'ultra',
      windowRequests: 30000,
      dailyImages: 200,
      dailySpeechCharacters: 19000,
      source: reported,
    },
    { region: 'cn', tier: 'starter', windowRequests: 600, source: reported },
    { region: 'cn', tier: 'plus', windowRequests: 1500, source: reported },
    { region: 'cn', tier: 'max', windowRequests: 4500, source: reported },
    { region: 'cn', tier: 'ultra', windowRequests: 30000, source: reported },
  ],
  conflicts: tokenPlanConflicts,
} as const satisfies TokenPlanRules);
