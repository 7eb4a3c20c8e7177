import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { addDecimalStrings, compareDecimals, multiplyDecimals, parseDecimal } from '../money/decimal.js';
import type { Region } from '../regions/regions.js';
import type { TextUsage } from '../usage/usage.js';
import { type EstimateCostOptions, estimateCost } from './estimate-cost.js';

const m3 = (inputTokens: number, outputTokens: number, extra: Partial<TextUsage> = {}): TextUsage => ({
  kind: 'text',
  model: 'MiniMax-M3',
  inputTokens,
  outputTokens,
  ...extra,
});
const quote = (usage: TextUsage | TextUsage[], options: EstimateCostOptions = {}) =>
  estimateCost(usage, { region: 'global', at: '2026-12-02', ...options });

describe('MiniMax-M3: a tier by prompt length, a priority tier, dated prices', () => {
  afterEach(() => vi.useRealTimers());

  it('bills every token at the upper tier once the prompt is above 512k tokens (global, USD)', () => {
    // 512,000 × 0.30 / 1M + 100,000 × 1.20 / 1M = 0.1536 + 0.12
    expect(quote(m3(512_000, 100_000)).total).toBe('0.2736');
    // 512,001 × 0.60 / 1M + 100,000 × 2.40 / 1M = 0.3072006 + 0.24
    const above = quote(m3(512_001, 100_000));
    expect(above.total).toBe('0.5472006');
    expect(above.lines.map((line) => [line.price, line.aboveInputTokens])).toEqual([
      ['0.60', 512_000],
      ['2.40', 512_000],
    ]);
    // Cached tokens are part of the prompt: 500,000 + 12,001 > 512k → 0.3 + 0 + 12,001 × 0.12 / 1M
    expect(quote(m3(500_000, 0, { cacheReadTokens: 12_001 })).total).toBe('0.30144012');
  });

  it('bills the same tiers in CNY in the cn region', () => {
    const cn = { region: 'cn' } as const;
    // 100,000 × 2.10 / 1M + 100,000 × 8.40 / 1M = 0.21 + 0.84
    expect(quote(m3(100_000, 100_000), cn).total).toBe('1.05');
    // 600,000 × 4.20 / 1M + 10,000 × 16.80 / 1M = 2.52 + 0.168
    expect(quote(m3(600_000, 10_000), cn).total).toBe('2.688');
    // a prompt of 1M cached tokens alone is above 512k: 1,000,000 × 0.84 / 1M
    expect(quote(m3(0, 0, { cacheReadTokens: 1_000_000 }), cn).total).toBe('0.84');
    expect(() => quote(m3(1, 1, { cacheWriteTokens: 1 }), cn)).toThrow(/MiniMax-M3 cache write tokens/);
  });

  it.each([
    // region, input, output, standard total, priority total (1.5×), hand-computed
    ['global', 100_000, 100_000, '0.15', '0.225'], // 0.03 + 0.12; 0.045 + 0.18
    ['global', 600_000, 10_000, '0.384', '0.576'], // 0.36 + 0.024; 0.54 + 0.036
    ['cn', 100_000, 100_000, '1.05', '1.575'], // 0.21 + 0.84; 0.315 + 1.26
    ['cn', 600_000, 10_000, '2.688', '4.032'], // 2.52 + 0.168; 3.78 + 0.252
  ] as const)('%s: %i in / %i out costs %s, %s at priority', (region, input, output, standard, priority) => {
    expect(quote(m3(input, output), { region }).total).toBe(standard);
    const fast = quote(m3(input, output), { region, serviceTier: 'priority' });
    expect(fast.total).toBe(priority);
    expect(fast.lines.every((line) => line.serviceTier === 'priority')).toBe(true);
  });

  it('prices as of a date: the launch promotion, and nothing before the launch', () => {
    // launch week, above 512k: 600,000 × 1.20 / 1M + 10,000 × 4.80 / 1M = 0.72 + 0.048
    expect(quote(m3(600_000, 10_000), { at: '2026-06-04' }).total).toBe('0.768');
    expect(quote(m3(600_000, 10_000), { at: '2026-06-08' }).total).toBe('0.384');
    expect(quote(m3(100_000, 0), { at: '2026-06-04' }).total).toBe('0.03');
    expect(quote(m3(600_000, 0), { at: new Date('2026-06-07T23:59:59Z') }).total).toBe('0.72');
    expect(() => quote(m3(1, 1), { at: '2026-05-31' })).toThrow(PriceNotFoundError);
    expect(() => quote(m3(1, 1), { at: '2026-05-31' })).toThrow(
      /on 2026-05-31.*from 2026-06-01 to 2026-06-08/,
    );
    expect(() => quote(m3(1, 1), { region: 'cn', at: Date.parse('2026-05-31') })).toThrow(/from 2026-06-01/);
  });

  it('prices as of today when no date is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-05T12:00:00Z'));
    expect(estimateCost(m3(600_000, 0), { region: 'global' }).total).toBe('0.72');
    expect(estimateCost(m3(600_000, 0), { region: 'global' }).source.pricedOn).toBe('2026-06-05');
    vi.setSystemTime(new Date('2026-12-02T00:00:00Z'));
    expect(estimateCost(m3(600_000, 0), { region: 'global' }).total).toBe('0.36');
  });

  it('refuses what it cannot price, naming the valid options', () => {
    expect(() => quote(m3(1, 1), { serviceTier: 'gold' as 'priority' })).toThrow(
      /use "standard" or "priority"/,
    );
    expect(() => quote({ ...m3(1, 1), model: 'MiniMax-M2.7' }, { serviceTier: 'priority' })).toThrow(
      /No global price for MiniMax-M2\.7 at the priority service tier\. Priced in global: MiniMax-M3/,
    );
    for (const at of ['yesterday', '2026-02-30', Number.NaN, {} as Date]) {
      expect(() => quote(m3(1, 1), { at })).toThrow(InvalidUsageError);
    }
    expect(() => quote(m3(1, 1), { at: 'x'.repeat(10_000_000) })).toThrow(
      /^options\.at is "x{80}… \(10000000 characters\)"/,
    );
    expect(() => quote(m3(600_000, 1, { requests: 2 }))).toThrow(/price its requests one by one/);
    expect(quote(m3(1000, 1, { requests: 2 })).total).toBe('0.0003012');
  });
});

describe('MiniMax-M3 cost properties', () => {
  const tokens = fc.integer({ min: 0, max: 1_200_000 });
  const usage = fc
    .record({ input: tokens, output: tokens, cached: tokens })
    .map(({ input, output, cached }) => m3(input, output, { cacheReadTokens: cached }));
  const region = fc.constantFrom<Region>('cn', 'global');
  const tier = fc.constantFrom<'standard' | 'priority'>('standard', 'priority');

  it('is additive over usages, on either side of the boundary', () => {
    fc.assert(
      fc.property(fc.array(usage, { maxLength: 5 }), region, tier, (usages, r, serviceTier) => {
        const parts = usages.map((item) => quote(item, { region: r, serviceTier }).total);
        expect(quote(usages, { region: r, serviceTier }).total).toBe(addDecimalStrings(...parts));
      }),
    );
  });

  it('never decreases when a count grows, across the tier boundary too', () => {
    fc.assert(
      fc.property(
        usage,
        fc.constantFrom('inputTokens', 'outputTokens', 'cacheReadTokens') as fc.Arbitrary<keyof TextUsage>,
        fc.integer({ min: 1, max: 600_000 }),
        region,
        tier,
        (item, field, extra, r, serviceTier) => {
          const grown = { ...item, [field]: (item[field] as number) + extra };
          const before = parseDecimal(quote(item, { region: r, serviceTier }).total);
          const after = parseDecimal(quote(grown, { region: r, serviceTier }).total);
          expect(compareDecimals(after, before)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('costs exactly 1.5× at priority', () => {
    fc.assert(
      fc.property(usage, region, (item, r) => {
        const standard = parseDecimal(quote(item, { region: r }).total);
        const priority = parseDecimal(quote(item, { region: r, serviceTier: 'priority' }).total);
        expect(compareDecimals(priority, multiplyDecimals(standard, parseDecimal('1.5')))).toBe(0);
      }),
    );
  });
});
