import type { PlanPrice } from './plan-price-schema.js';

// The research notes minimax-kit keeps (collected 2026-12-02) quote these figures from MiniMax's
// plan pages as third-party tables, so every row is `cited`. Neither era has a yearly price or a
// separately priced High-Speed plan in those notes, and the 2026-03 → 2026-05 Token Plan has no
// price in them at all: no row is invented for either.
const read = '2026-12-02';
const globalCoding = {
  url: 'https://platform.minimax.io/docs/coding-plan/intro',
  kind: 'cited',
  read,
} as const;
const cnCoding = {
  url: 'https://platform.minimaxi.com/docs/coding-plan/intro',
  kind: 'cited',
  read,
} as const;
const globalToken = {
  url: 'https://platform.minimax.io/docs/token-plan/intro',
  kind: 'cited',
  read,
} as const;

const coding = { kind: 'standard', plan: 'Coding Plan', period: 'month', until: '2026-03-01' } as const;
const codingNote = 'Quota in prompts per 5 hours; "1 prompt ≈ 15 model calls". Ended with M2.7 (March 2026).';
const v3 = { kind: 'standard', plan: 'Token Plan', period: 'month', from: '2026-06-01' } as const;
const v3Note = (first: string) =>
  `The Token Plan of MiniMax-M3. First read at ${first} a month; two later reads of the page say this price, which is kept (the newer and the higher reading).`;

/**
 * What the Token Plan's tiers cost, per region and era. Sources: MiniMax's plan pages as cited in
 * minimax-kit's research notes of 2026-12-02 (the 2025 Coding Plan; the Token Plan of MiniMax-M3
 * from 2026-06-01, global only).
 */
export const planPrices: PlanPrice[] = [
  {
    ...coding,
    region: 'global',
    tier: 'starter',
    price: '10',
    windowPrompts: 100,
    source: globalCoding,
    note: codingNote,
  },
  {
    ...coding,
    region: 'global',
    tier: 'plus',
    price: '20',
    windowPrompts: 300,
    source: globalCoding,
    note: codingNote,
  },
  {
    ...coding,
    region: 'global',
    tier: 'max',
    price: '50',
    windowPrompts: 1000,
    source: globalCoding,
    note: codingNote,
  },
  {
    ...coding,
    region: 'cn',
    tier: 'starter',
    price: '29',
    windowPrompts: 40,
    source: cnCoding,
    note: codingNote,
  },
  {
    ...coding,
    region: 'cn',
    tier: 'plus',
    price: '49',
    windowPrompts: 100,
    source: cnCoding,
    note: codingNote,
  },
  {
    ...coding,
    region: 'cn',
    tier: 'max',
    price: '119',
    windowPrompts: 300,
    source: cnCoding,
    note: codingNote,
  },
  { ...v3, region: 'global', tier: 'plus', price: '22', source: globalToken, note: v3Note('$20') },
  { ...v3, region: 'global', tier: 'max', price: '55', source: globalToken, note: v3Note('$50') },
  { ...v3, region: 'global', tier: 'ultra', price: '132', source: globalToken, note: v3Note('$120') },
];
