import { describe, expect, it } from 'vitest';
import { InvalidTableError } from '../errors/invalid-table-error.js';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import { rateLimits } from '../limits/rate-limits.js';
import { estimateCost } from '../pricing/estimate-cost.js';
import { tokenPlanRequests } from '../token-plan/token-plan-requests.js';
import type { Usage } from '../usage/usage.js';
import { catalog } from './catalog.js';
import { catalogJson } from './catalog-json.js';
import type { Catalog } from './catalog-schema.js';
import { loadCatalog } from './load-catalog.js';

/** A deep, writable copy of the bundled catalog to edit. */
const draft = (): Catalog => JSON.parse(catalogJson());

const problems = (input: unknown): readonly string[] => {
  try {
    loadCatalog(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTableError);
    return (error as InvalidTableError).issues;
  }
  throw new Error('the catalog was accepted');
};

const text = (model: string, inputTokens: number): Usage => ({
  kind: 'text',
  model,
  inputTokens,
  outputTokens: 10_000,
  cacheReadTokens: 3_000,
});

describe('loadCatalog', () => {
  it('round-trips the bundled catalog.json to the same quotes and limits', () => {
    const loaded = loadCatalog(catalogJson());
    const cases: [Usage, 'cn' | 'global', string?, ('standard' | 'priority')?][] = [
      [text('MiniMax-M2', 1_000_000), 'cn'],
      [text('minimax-m2.7', 5_000), 'cn'],
      [text('MiniMax-M3', 600_000), 'global', '2026-06-03', 'priority'],
      [text('MiniMax-M3', 100_000), 'global', '2026-10-01'],
      [{ kind: 'speech', model: 'speech-2.6-hd', text: '今天是不是很开心呀(laughs)，当然了！' }, 'cn'],
      [
        {
          kind: 'video',
          model: 'MiniMax-Hailuo-02',
          mode: 'image-to-video',
          resolution: '512P',
          durationSeconds: 10,
        },
        'cn',
      ],
      [{ kind: 'voice', operation: 'clone' }, 'global', '2026-03-01'],
      [{ kind: 'music', model: 'Music-2.0', count: 2 }, 'cn'],
    ];
    for (const [usage, region, at, serviceTier] of cases) {
      const options = { region, ...(at ? { at } : {}), ...(serviceTier ? { serviceTier } : {}) };
      expect(estimateCost(usage, { ...options, catalog: loaded }), JSON.stringify(usage)).toEqual(
        estimateCost(usage, options),
      );
    }
    const query = { region: 'global', tier: 'paid', model: 'MiniMax-M2.7' } as const;
    expect(rateLimits({ ...query, catalog: loaded })).toEqual(rateLimits(query));
    expect(loaded).toEqual({ $schema: './catalog.schema.json', ...catalog });
  });

  it('counts Token Plan requests by its own plan rules, models and aliases', () => {
    const next = draft();
    next.models.push({ id: 'MiniMax-M4', modality: 'text', regions: ['global'], aliases: ['m4'] });
    next.tokenPlan.text.push({ models: ['MiniMax-M4'], requests: 3 });
    const loaded = loadCatalog(next);
    const usage: Usage = { kind: 'text', model: 'M4', inputTokens: 10, outputTokens: 10, requests: 5 };
    expect(tokenPlanRequests(usage, { catalog: loaded })).toBe(15);
    expect(() => tokenPlanRequests(usage)).toThrow(UnknownModelError);
    const typo = draft();
    typo.tokenPlan.text.push({ models: ['MiniMax-M9'], requests: 1 });
    typo.tokenPlan.image.models.push('speech-2.8-hd');
    expect(problems(typo)).toEqual([
      expect.stringMatching(
        /^tokenPlan\.text\.\d+\.models\.0: names "MiniMax-M9", which models does not list/,
      ),
      expect.stringMatching(
        /^tokenPlan\.image\.models\.\d+: names "speech-2.8-hd", which is a speech model, in a row of image models/,
      ),
    ]);
    const m27: Usage = { kind: 'text', model: 'MiniMax-M2.7', inputTokens: 1, outputTokens: 1, requests: 2 };
    expect(tokenPlanRequests(m27, { catalog: loadCatalog(catalogJson()) })).toBe(tokenPlanRequests(m27));
  });

  it('prices and limits a model this release has never heard of, by its id or alias, in any case', () => {
    const next = draft();
    next.models.push({
      id: 'MiniMax-M4',
      modality: 'text',
      regions: ['global'],
      aliases: ['MiniMax-M4-preview'],
    });
    next.pricing.global.prices.push({
      kind: 'text',
      models: ['minimax-m4-PREVIEW'],
      unit: 'token',
      per: 1_000_000,
      input: '0.5',
      output: '2',
      from: '2026-12-01',
    });
    next.rateLimits.global.rows.push({
      scope: 'text:MiniMax-M4',
      api: 'chat',
      models: ['MiniMax-M4'],
      free: { rpm: 20 },
      paid: { rpm: 300, tpm: 5_000_000 },
    });
    const loaded = loadCatalog(next);
    const usage = {
      kind: 'text',
      model: 'minimax-m4-preview',
      inputTokens: 2_000_000,
      outputTokens: 1_000_000,
    } as const;
    const quote = estimateCost(usage, { catalog: loaded, region: 'global', at: '2026-12-02' });
    expect(quote.total).toBe('3'); // 2 × $0.5 + 1 × $2
    expect(quote.lines[0]?.model).toBe('MiniMax-M4');
    expect(() => estimateCost(usage, { region: 'global' })).toThrow(UnknownModelError);
    expect(
      rateLimits({ region: 'global', tier: 'paid', model: 'MiniMax-M4-Preview', catalog: loaded }),
    ).toMatchObject({
      scope: 'text:MiniMax-M4',
      rpm: 300,
    });
    expect(Object.isFrozen(loaded.pricing.global.prices.at(-1))).toBe(true);
  });

  it('refuses fake dates, case-variant ids, rows naming models of another kind or none, with paths', () => {
    const next = draft();
    next.effectiveDate = '2026-02-30';
    next.models.push({ id: 'minimax-m2', modality: 'text', regions: ['cn'] });
    expect(problems(next)).toEqual(['effectiveDate: is not a real calendar date']);
    next.effectiveDate = '2026-12-02';
    const rows = next.pricing.cn.prices;
    const textRow = rows.findIndex((row) => row.kind === 'text');
    (rows[textRow] as { models: string[] }).models = ['image-01', 'MiniMax-M9'];
    Object.assign(next.pricing.global, { region: 'cn', currency: 'CNY' });
    const issues = problems(next);
    expect(issues).toContain(
      `models.${next.models.length - 1}.id: "minimax-m2" is already models[7] (model ids never differ by case alone)`,
    );
    expect(issues).toContain(
      `pricing.cn.prices.${textRow}.models.0: names "image-01", which is an image model, in a row of text models`,
    );
    expect(issues).toContain(
      `pricing.cn.prices.${textRow}.models.1: names "MiniMax-M9", which models does not list; add it there first`,
    );
    expect(issues).toContain('pricing.global.region: must be "global"');
  });

  it('is the only way a catalog reaches a quote or a limit', () => {
    const unchecked = draft();
    const usage = { kind: 'image', model: 'image-01', count: 1 } as const;
    expect(() => estimateCost(usage, { catalog: unchecked })).toThrow(/loadCatalog/);
    expect(() => rateLimits({ region: 'cn', tier: 'paid', api: 'music', catalog: unchecked })).toThrow(
      /loadCatalog/,
    );
    expect(estimateCost(usage, { catalog })).toEqual(estimateCost(usage));
  });

  it('finds a model priced twice once aliases are resolved', () => {
    const next = draft();
    const music = next.pricing.cn.prices.find((row) => row.kind === 'music') as { models: string[] };
    next.pricing.cn.prices.push({ kind: 'music', models: ['MUSIC-2.0'], unit: 'song', price: '9' });
    expect(music.models).toContain('music-2.0');
    expect(problems(next).join('\n')).toMatch(/prices "music music-2\.0" again/);
  });

  it('keeps its messages short for huge or hostile input and never uses a bad catalog', () => {
    const next = draft();
    const huge = 'M'.repeat(10_000_000);
    next.models.push(
      { id: huge, modality: 'text', regions: ['cn'] },
      { id: huge, modality: 'text', regions: ['cn'] },
    );
    for (let i = 0; i < 50; i++) next.models.push({ id: `MiniMax-M2`, modality: 'text', regions: ['cn'] });
    const error = (() => {
      try {
        loadCatalog(next);
      } catch (caught) {
        return caught as InvalidTableError;
      }
    })();
    expect(error?.issues).toHaveLength(21);
    expect(error?.message.length).toBeLessThan(8_000);
    expect(problems('{"effectiveDate": ')[0]).toMatch(/^not JSON/);
    const proto = catalogJson().replace(
      '"effectiveDate"',
      '"__proto__": { "polluted": true },\n  "effectiveDate"',
    );
    expect(problems(proto).length).toBeGreaterThan(0);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(problems(null)).toHaveLength(1);
  });
});
