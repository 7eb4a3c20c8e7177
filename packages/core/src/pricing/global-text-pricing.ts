import type { PriceRow } from './price-row-schema.js';

type TextRow = Extract<PriceRow, { kind: 'text' }>;

const page = 'https://platform.minimax.io/docs/guides/pricing-paygo';
const perMillion = { kind: 'text', unit: 'token', per: 1_000_000 } as const;
const highspeedNote =
  'Sources conflict: MiniMax’s Anthropic prompt-caching page (copy of 2026-07-05) lists highspeed input at $0.3; the pricing page’s $0.6 is kept.';

/** MiniMax-M3 (launched 2026-06-01), as a third-party survey read MiniMax’s page on 2026-09-19. */
const m3 = {
  ...perMillion,
  models: ['MiniMax-M3'],
  input: '0.30',
  output: '1.20',
  cacheRead: '0.06',
  tiers: [{ aboveInputTokens: 512_000, input: '0.60', output: '2.40', cacheRead: '0.12' }],
  serviceTiers: { priority: '1.5' },
  source: { url: page, kind: 'cited', read: '2026-09-19' },
  note:
    'Above 512k (read as 512,000) input tokens every token of the request pays the upper tier. ' +
    'The page shows the lower tier as a permanent 50 % discount from $0.60 / $2.40. No cache write price is listed.',
} as const satisfies TextRow;

/**
 * International text prices in USD per million tokens.
 * Source: https://platform.minimax.io/docs/guides/pricing-paygo (official, a copy from between
 * M2.7’s launch in March 2026 and M3’s on 2026-06-01), M3 as cited on 2026-09-19.
 */
export const globalTextPrices = [
  {
    ...perMillion,
    models: ['MiniMax-M2.7'],
    input: '0.3',
    output: '1.2',
    cacheRead: '0.06',
    cacheWrite: '0.375',
  },
  {
    ...perMillion,
    models: ['MiniMax-M2.7-highspeed'],
    input: '0.6',
    output: '2.4',
    cacheRead: '0.06',
    cacheWrite: '0.375',
    note: highspeedNote,
  },
  {
    ...perMillion,
    models: ['MiniMax-M2.5', 'MiniMax-M2.1', 'MiniMax-M2'],
    input: '0.3',
    output: '1.2',
    cacheRead: '0.03',
    cacheWrite: '0.375',
    note: 'The page marks MiniMax-M2.1 and MiniMax-M2 as legacy.',
  },
  {
    ...perMillion,
    models: ['MiniMax-M2.5-highspeed', 'MiniMax-M2.1-highspeed'],
    input: '0.6',
    output: '2.4',
    cacheRead: '0.03',
    cacheWrite: '0.375',
    note: highspeedNote,
  },
  { ...perMillion, models: ['M2-her'], input: '0.3', output: '1.2', note: 'No cache prices are listed.' },
  {
    ...perMillion,
    models: ['MiniMax-M2-Stable'],
    input: '0.3',
    output: '1.2',
    cacheRead: '0.03',
    cacheWrite: '0.375',
    source: { url: page, kind: 'cited', read: '2026-11-23' },
    note: 'Not on MiniMax’s current page; the figures are those third-party model tables (kilocode, LiteLLM) carried.',
  },
  {
    ...m3,
    tiers: [{ aboveInputTokens: 512_000, input: '1.20', output: '4.80', cacheRead: '0.24' }],
    source: { url: page, kind: 'cited', read: '2026-06-04' },
    from: '2026-06-01',
    until: '2026-06-08',
    note:
      'Launch week: a note of 2026-06-04 reported $1.20 / $4.80 / $0.24 above 512k input tokens during a ' +
      '7-day promotion; the lower tier is assumed unchanged. Superseded.',
  },
  { ...m3, from: '2026-06-08' },
] as const satisfies readonly TextRow[];
