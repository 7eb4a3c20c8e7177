import { newerTextRateLimits } from './newer-text-rate-limits.js';
import type { RateLimitTable } from './rate-limit-schema.js';

const sameForAll = 'The page does not distinguish account tiers; both tiers get these limits.';

/**
 * International rate limits. A main account and its sub-accounts share every limit.
 * Source: https://platform.minimax.io/docs/guides/rate-limits
 */
export const globalRateLimits = {
  region: 'global',
  sources: ['https://platform.minimax.io/docs/guides/rate-limits'],
  effectiveDate: '2026-11-23',
  rows: [
    {
      scope: 'text:MiniMax-M2',
      api: 'chat',
      models: ['MiniMax-M2'],
      tpmUnit: 'token',
      free: { rpm: 20, tpm: 1_000_000 },
      paid: { rpm: 20, tpm: 1_000_000 },
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
    {
      scope: 't2a',
      api: 't2a',
      models: ['speech-2.6-turbo', 'speech-2.6-hd', 'speech-02-turbo', 'speech-02-hd'],
      tpmUnit: 'character',
      free: { rpm: 60, tpm: 20_000 },
      paid: { rpm: 60, tpm: 20_000 },
      note: `${sameForAll} TPM is read as billing characters per minute.`,
    },
    { scope: 'voice-clone', api: 'voice-clone', free: { rpm: 60 }, paid: { rpm: 60 }, note: sameForAll },
    { scope: 'voice-design', api: 'voice-design', free: { rpm: 20 }, paid: { rpm: 20 }, note: sameForAll },
    {
      scope: 'video',
      api: 'video',
      models: ['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast', 'MiniMax-Hailuo-02'],
      free: { rpm: 5 },
      paid: { rpm: 5 },
      note: `${sameForAll} A third-party summary reports 20 RPM; the official 5 is kept.`,
    },
    {
      scope: 'image',
      api: 'image',
      models: ['image-01'],
      tpmUnit: 'image',
      free: { rpm: 10, tpm: 60 },
      paid: { rpm: 10, tpm: 60 },
      note: `${sameForAll} TPM is read as generated images per minute.`,
    },
    {
      scope: 'music',
      api: 'music',
      models: ['music-2.0'],
      free: { rpm: 120, conn: 20 },
      paid: { rpm: 120, conn: 20 },
      note: `${sameForAll} The page names the model Music-2.0.`,
    },
  ],
} as const satisfies RateLimitTable;
