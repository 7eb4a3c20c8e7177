import type { RateLimitRow } from './rate-limit-schema.js';

const note =
  'Cited: a 2026 note quoting MiniMax’s rate-limit page gives these paid limits. It states none for free ' +
  'accounts; they get the seed pages’ free text limit (20 RPM / 1,000,000 TPM), the stricter reading.';

const row = (model: string, rpm: number, tpm: number): RateLimitRow => ({
  scope: `text:${model}`,
  api: 'chat',
  models: [model],
  tpmUnit: 'token',
  free: { rpm: 20, tpm: 1_000_000 },
  paid: { rpm, tpm },
  note,
});

/**
 * Rate limits of the text models newer than the seed pages, the same in both regions: MiniMax-M3
 * 200 RPM / 10,000,000 TPM; M2.7, M2.5, M2.1 and their highspeed variants 500 / 20,000,000 (paid).
 * Source: https://platform.minimax.io/docs/guides/rate-limits as quoted in 2026. MiniMax-M2 keeps
 * the seed pages’ own row.
 */
export const newerTextRateLimits: readonly RateLimitRow[] = [
  row('MiniMax-M3', 200, 10_000_000),
  ...[
    'MiniMax-M2.7',
    'MiniMax-M2.7-highspeed',
    'MiniMax-M2.5',
    'MiniMax-M2.5-highspeed',
    'MiniMax-M2.1',
    'MiniMax-M2.1-highspeed',
  ].map((model) => row(model, 500, 20_000_000)),
];
