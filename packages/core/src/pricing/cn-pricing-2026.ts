import type { PriceRow } from './price-row-schema.js';

type TextRow = Extract<PriceRow, { kind: 'text' }>;

const source = {
  url: 'https://platform.minimaxi.com/docs/guides/pricing-paygo',
  kind: 'cited',
  read: '2026-09-19',
} as const;
const perMillion = { kind: 'text', unit: 'token', per: 1_000_000, source } as const;

/**
 * Mainland China text prices in CNY published after the seed page, as a third-party pricing survey
 * read https://platform.minimaxi.com/docs/guides/pricing-paygo on 2026-09-19 (cross-checked against
 * two resellers). MiniMax-M2 keeps the seed page’s row, which carries the same figures.
 */
export const cnTextPrices2026 = [
  {
    ...perMillion,
    models: ['MiniMax-M2.7'],
    input: '2.1',
    output: '8.4',
    cacheRead: '0.42',
    cacheWrite: '2.625',
  },
  {
    ...perMillion,
    models: ['MiniMax-M2.7-highspeed'],
    input: '4.2',
    output: '16.8',
    cacheRead: '0.42',
    cacheWrite: '2.625',
  },
  {
    ...perMillion,
    models: ['MiniMax-M2.5', 'MiniMax-M2.1'],
    input: '2.1',
    output: '8.4',
    cacheRead: '0.21',
    cacheWrite: '2.625',
  },
  {
    ...perMillion,
    models: ['MiniMax-M3'],
    input: '2.10',
    output: '8.40',
    cacheRead: '0.42',
    tiers: [{ aboveInputTokens: 512_000, input: '4.20', output: '16.80', cacheRead: '0.84' }],
    serviceTiers: { priority: '1.5' },
    from: '2026-06-01',
    note:
      'Above 512k (read as 512,000) input tokens every token of the request pays the upper tier. ' +
      'No cache write price is listed.',
  },
] as const satisfies readonly TextRow[];
