import { describe, expect, it } from 'vitest';
import { catalogJson } from '../catalog/catalog-json.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanPriceNotFoundError } from '../errors/plan-price-not-found-error.js';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import { comparePlans } from './compare-plans.js';
import type { PlanWorkload } from './plan-workload.js';
import { tokenPlan } from './token-plan.js';

const at = '2026-12-01';
const global = { region: 'global', at } as const;
const m27 = (callsPerDay: number, inputTokens: number, outputTokens: number) => ({
  model: 'MiniMax-M2.7',
  callsPerDay,
  inputTokens,
  outputTokens,
});

describe('comparePlans', () => {
  it('prices a light workload: every tier fits, the cheapest plan wins', () => {
    // 2,400 calls × 10,000 in = 24M tokens × $0.3/M = $7.2; × 1,000 out = 2.4M × $1.2/M = $2.88.
    const result = comparePlans({ text: [m27(2400, 10_000, 1000)] }, global);
    expect(result.currency).toBe('USD');
    expect(result.payAsYouGo).toEqual({ perDay: '10.08', perMonth: '302.4' });
    expect(result.plans.map((p) => [p.tier, p.price, p.fits, p.totalPerMonth])).toEqual([
      ['plus', '22', true, '22'],
      ['max', '55', true, '55'],
      ['ultra', '132', true, '132'],
    ]);
    expect(result.cheapest).toBe('plus');
  });

  it('charges what passes the window and the weekly cap as Credits', () => {
    // 48,000 calls a day: $14.4 + $5.76 = $20.16. Busiest 5 h: 48,000 × 5/24 = 10,000 requests;
    // a week: 336,000. Plus serves a seventh of 45,000 a day: (336,000 − 45,000)/336,000 × 20.16 = 17.46.
    const result = comparePlans({ text: [m27(48_000, 1000, 100)] }, global);
    expect(result.payAsYouGo).toEqual({ perDay: '20.16', perMonth: '604.8' });
    const byTier = Object.fromEntries(result.plans.map((p) => [p.tier, p]));
    expect(byTier.plus?.misses).toEqual([
      { limit: 'window', needed: 10_000, quota: 4500 },
      { limit: 'weekly', needed: 336_000, quota: 45_000 },
    ]);
    expect(byTier.plus?.overflow.credits).toEqual({ perDay: '17.46', perMonth: '523.8' });
    expect(byTier.plus?.totalPerMonth).toBe('545.8');
    // Max: the window holds (10,000 ≤ 15,000); the week does not: 186,000/336,000 × 20.16 = 11.16.
    expect(byTier.max?.misses).toEqual([{ limit: 'weekly', needed: 336_000, quota: 150_000 }]);
    expect(byTier.max?.overflow.credits.perDay).toBe('11.16');
    // Ultra: 36,000/336,000 × 20.16 = 2.16 a day, 64.8 a month, plus 132.
    expect(byTier.ultra?.totalPerMonth).toBe('196.8');
    expect(result.plans.map((p) => p.tier)).toEqual(['ultra', 'max', 'plus']);
    expect(result.cheapest).toBe('ultra');
    expect(byTier.ultra?.overflow.payAsYouGo).toEqual({ perDay: '0', perMonth: '0' });
  });

  it('puts more of the day into the busiest window when the work spans fewer hours', () => {
    // 8,000 calls over 8 hours: 8,000 × 5/8 = 5,000 in the busiest window, past Plus's 4,500.
    const workday = comparePlans({ text: [m27(8000, 100, 10)], activeHours: 8 }, global);
    expect(workday.plans.find((p) => p.tier === 'plus')?.misses[0]).toEqual({
      limit: 'window',
      needed: 5000,
      quota: 4500,
    });
    // Over 24 hours the same calls put 1,667 (rounded up) in a window.
    const allDay = comparePlans({ text: [m27(8000, 100, 10)] }, global);
    expect(allDay.plans.find((p) => p.tier === 'plus')?.misses.some((m) => m.limit === 'window')).toBe(false);
  });

  it('checks each daily quota and charges the excess share as Credits', () => {
    // 200 images × $0.0035 = $0.7 a day. Plus allows 100 a day: half of it overflows.
    const result = comparePlans({ media: [{ kind: 'image', model: 'image-01', count: 200 }] }, global);
    expect(result.payAsYouGo.perDay).toBe('0.7');
    const byTier = Object.fromEntries(result.plans.map((p) => [p.tier, p]));
    expect(byTier.plus?.misses).toEqual([{ limit: 'daily', bucket: 'image-01', needed: 200, quota: 100 }]);
    expect(byTier.plus?.overflow.credits).toEqual({ perDay: '0.35', perMonth: '10.5' });
    // Max allows 120: 80/200 × 0.7 = 0.28.
    expect(byTier.max?.overflow.credits.perDay).toBe('0.28');
    expect(byTier.ultra?.fits).toBe(true);
  });

  it('keeps work a plan does not cover on the pay-as-you-go key', () => {
    // MiniMax-M3: 100 × 1,000 in × $0.3/M = 0.03; 100 × 100 out × $1.2/M = 0.012.
    const result = comparePlans(
      { text: [{ model: 'MiniMax-M3', callsPerDay: 100, inputTokens: 1000, outputTokens: 100 }] },
      global,
    );
    const plus = result.plans.find((p) => p.tier === 'plus');
    expect(plus?.fits).toBe(false);
    expect(plus?.misses).toEqual([{ limit: 'coverage', item: 'MiniMax-M3' }]);
    expect(plus?.overflow.payAsYouGo).toEqual({ perDay: '0.042', perMonth: '1.26' });
    expect(plus?.totalPerMonth).toBe('23.26');
    expect(result.cheapest).toBe('pay-as-you-go');
  });

  it('does not let a standard plan carry highspeed models', () => {
    const result = comparePlans(
      { text: [{ model: 'MiniMax-M2.7-highspeed', callsPerDay: 10, inputTokens: 10, outputTokens: 10 }] },
      global,
    );
    expect(result.plans.every((p) => p.misses[0]?.limit === 'coverage')).toBe(true);
  });

  it('answers an empty workload: nothing to pay pay-as-you-go', () => {
    const result = comparePlans({}, global);
    expect(result.payAsYouGo).toEqual({ perDay: '0', perMonth: '0' });
    expect(result.plans.every((p) => p.fits)).toBe(true);
    expect(result.cheapest).toBe('pay-as-you-go');
  });

  it.each<[string, unknown, string]>([
    ['a negative call count', { text: [m27(-1, 10, 10)] }, 'workload.text[0].callsPerDay'],
    ['fractional tokens', { text: [m27(1, 1.5, 10)] }, 'workload.text[0].inputTokens'],
    [
      'a missing model',
      { text: [{ callsPerDay: 1, inputTokens: 1, outputTokens: 1 }] },
      'workload.text[0].model',
    ],
    ['zero active hours', { activeHours: 0 }, 'workload.activeHours'],
    ['voice in media', { media: [{ kind: 'voice', operation: 'clone' }] }, 'workload.media[0].kind'],
    ['text that is not an array', { text: 'lots' }, 'workload.text'],
  ])('refuses %s with a typed error naming the field', (_, workload, field) => {
    const call = () => comparePlans(workload as PlanWorkload, global);
    expect(call).toThrow(InvalidUsageError);
    expect(call).toThrow(expect.objectContaining({ field }));
  });

  it('refuses an unknown model, naming the valid ones', () => {
    expect(() =>
      comparePlans({ text: [{ model: 'gpt-9', callsPerDay: 1, inputTokens: 1, outputTokens: 1 }] }, global),
    ).toThrow(UnknownModelError);
  });

  it('says where plan prices are known when none are for the region and day', () => {
    expect(() => comparePlans({}, { region: 'cn', at })).toThrow(PlanPriceNotFoundError);
    expect(() => comparePlans({}, { region: 'global', at: '2026-04-01' })).toThrow(
      /global Token Plan from 2026-06-01/,
    );
    expect(() => comparePlans({}, { region: 'mars' as 'cn' })).toThrow(InvalidUsageError);
  });
});

describe('comparePlans with a loaded catalog', () => {
  it('reads plan prices and rules from it, as from the bundled tables', () => {
    const catalog = loadCatalog(JSON.parse(catalogJson()));
    const workload = {
      text: [m27(48_000, 1000, 100)],
      media: [{ kind: 'image', model: 'image-01', count: 200 }],
    } as const;
    expect(comparePlans(workload, { ...global, catalog })).toEqual(comparePlans(workload, global));
  });

  it('names the clip a plan does not cover', () => {
    const clip = {
      kind: 'video',
      model: 'MiniMax-Hailuo-02',
      mode: 'text-to-video',
      resolution: '1080P',
      durationSeconds: 6,
    } as const;
    expect(comparePlans({ media: [clip] }, global).plans[0]?.misses).toEqual([
      { limit: 'coverage', item: 'MiniMax-Hailuo-02 text-to-video 1080P 6 s' },
    ]);
  });
});

describe('plan prices', () => {
  it('give every request-based tier sold a reported window quota to compare against', () => {
    for (const row of tokenPlan.prices.filter((price) => price.windowPrompts === undefined)) {
      const quota = tokenPlan.reportedQuotas.find((q) => q.region === row.region && q.tier === row.tier);
      expect(quota, `${row.region} ${row.tier}`).toBeDefined();
    }
  });

  it('carry their source and never overlap for one region, tier and kind', () => {
    const rows = tokenPlan.prices;
    for (const [i, a] of rows.entries()) {
      expect(a.source.url).toMatch(/^https:\/\/platform\.minimaxi?\.(com|io)\//);
      for (const b of rows.slice(i + 1)) {
        if (a.region !== b.region || a.tier !== b.tier || a.kind !== b.kind || a.period !== b.period)
          continue;
        const apart =
          (a.until !== undefined && b.from !== undefined && a.until <= b.from) ||
          (b.until !== undefined && a.from !== undefined && b.until <= a.from);
        expect(apart, `${a.region} ${a.tier}`).toBe(true);
      }
    }
  });
});
