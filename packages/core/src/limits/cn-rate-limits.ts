import { newerTextRateLimits } from './newer-text-rate-limits.js';
import type { RateLimitTable } from './rate-limit-schema.js';

const t2a = ['speech-02-hd', 'speech-02-turbo', 'speech-2.6-hd', 'speech-2.6-turbo'];
const hailuo = ['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast', 'MiniMax-Hailuo-02'];

/**
 * Mainland China rate limits, free (never recharged) and paid (recharged) accounts. A main account
 * and its sub-accounts share every limit.
 * Sources: https://platform.minimaxi.com/docs/guides/pricing-paygo (text limits beside the prices)
 * and https://platform.minimaxi.com/docs/guides/rate-limits (资源保障).
 */
export const cnRateLimits = {
  region: 'cn',
  sources: [
    'https://platform.minimaxi.com/docs/guides/pricing-paygo',
    'https://platform.minimaxi.com/docs/guides/rate-limits',
  ],
  effectiveDate: '2026-11-23',
  rows: [
    {
      scope: 'text:MiniMax-M2',
      api: 'chat',
      models: ['MiniMax-M2'],
      tpmUnit: 'token',
      free: { rpm: 20, tpm: 1_000_000 },
      paid: { rpm: 20, tpm: 1_000_000 },
      note:
        'Sources conflict: the pricing page keeps MiniMax-M2 at 20 RPM / 1,000,000 TPM for everyone and raises only ' +
        'MiniMax-M2-Stable for paid accounts; the rate-limit page groups both at 500 / 20,000,000. The stricter reading is kept.',
    },
    {
      scope: 'text:MiniMax-M2-Stable',
      api: 'chat',
      models: ['MiniMax-M2-Stable'],
      tpmUnit: 'token',
      free: { rpm: 20, tpm: 1_000_000 },
      paid: { rpm: 500, tpm: 20_000_000 },
    },
    ...newerTextRateLimits,
    { scope: 't2a', api: 't2a', models: t2a, free: { rpm: 10 }, paid: { rpm: 20 } },
    { scope: 'voice-clone', api: 'voice-clone', free: { rpm: 60 }, paid: { rpm: 60 } },
    { scope: 'voice-design', api: 'voice-design', free: { rpm: 20 }, paid: { rpm: 20 } },
    { scope: 'video', api: 'video', models: hailuo, free: { rpm: 5 }, paid: { rpm: 20 } },
    {
      scope: 'image',
      api: 'image',
      models: ['image-01', 'image-01-live'],
      tpmUnit: 'image',
      free: { rpm: 10, tpm: 60 },
      paid: { rpm: 10, tpm: 60 },
      note: 'The page lists TPM 60 without saying what it counts; minimax-kit counts generated images.',
    },
    {
      scope: 'music',
      api: 'music',
      models: ['music-2.0'],
      free: { rpm: 6, conn: 3 },
      paid: { rpm: 120, conn: 20 },
      note: 'CONN is the number of music tasks running at once.',
    },
  ],
} as const satisfies RateLimitTable;
