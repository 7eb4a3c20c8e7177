import { describe, expect, it } from 'vitest';
import { InvalidTableError } from './errors/invalid-table-error.js';
import { InvalidUsageError } from './errors/invalid-usage-error.js';
import { maxMessageLength } from './errors/minimax-kit-error.js';
import { PlanCoverageError } from './errors/plan-coverage-error.js';
import { PlanWeightUnknownError } from './errors/plan-weight-unknown-error.js';
import { UnknownModelError } from './errors/unknown-model-error.js';
import { rateLimitTables } from './limits/rate-limits.js';
import { models } from './models/models.js';
import { cnPricing } from './pricing/cn-pricing.js';
import { estimateCost } from './pricing/estimate-cost.js';
import { loadPricing } from './pricing/load-pricing.js';
import { dailyQuotaUse } from './token-plan/daily-quota.js';
import { weeklyCap } from './token-plan/plan-rules.js';
import { tokenPlan } from './token-plan/token-plan.js';
import { tokenPlanRequests, tokenPlanRequestsExact } from './token-plan/token-plan-requests.js';
import type { Usage } from './usage/usage.js';

const table = (prices: unknown[]) => ({ ...cnPricing, prices });

describe('the audit’s findings', () => {
  it('Music-2.6: covered by the plan, with no stated weight — a typed error pointing to its daily quota', () => {
    const song: Usage = { kind: 'music', model: 'Music-2.6', count: 1 };
    expect(() => tokenPlanRequests(song)).toThrow(PlanWeightUnknownError);
    expect(() => tokenPlanRequests(song)).not.toThrow(PlanCoverageError);
    expect(() => tokenPlanRequests(song)).toThrow(/dailyQuotaUse/);
    expect(dailyQuotaUse(song)).toEqual({ bucket: 'music', units: 1, unit: 'song' });
  });

  it('loadPricing resolves aliases and case as lookups do', () => {
    const pricing = loadPricing(
      table([{ kind: 'music', models: ['Music-2.0'], unit: 'song', price: '0.3' }]),
    );
    expect(pricing.prices[0]).toMatchObject({ models: ['music-2.0'] });
    expect(estimateCost({ kind: 'music', model: 'music-2.0', count: 2 }, { pricing }).total).toBe('0.6');
    expect(estimateCost({ kind: 'music', model: 'MUSIC-2.0', count: 1 }, { pricing }).total).toBe('0.3');
    const twice = table([
      { kind: 'music', models: ['Music-2.0'], unit: 'song', price: '0.3' },
      { kind: 'music', models: ['music-2.0'], unit: 'song', price: '0.25' },
    ]);
    expect(() => loadPricing(twice)).toThrow(/prices "music music-2.0" again/);
  });

  it('accepts and prices a model newer than this release in a loaded table', () => {
    const pricing = loadPricing(
      table([
        { kind: 'text', models: ['MiniMax-M9'], unit: 'token', per: 1_000_000, input: '1', output: '2' },
      ]),
    );
    const usage: Usage = { kind: 'text', model: 'minimax-m9', inputTokens: 1_000_000, outputTokens: 500_000 };
    expect(estimateCost(usage, { pricing }).total).toBe('2');
    expect(estimateCost(usage, { pricing }).lines[0]?.model).toBe('MiniMax-M9');
    expect(() => estimateCost(usage, { region: 'cn' })).toThrow(UnknownModelError);
  });

  it('expresses length-tiered prices in a loaded table', () => {
    const tiered = {
      kind: 'text',
      models: ['MiniMax-M2'],
      unit: 'token',
      per: 1_000_000,
      input: '1',
      output: '1',
      tiers: [{ aboveInputTokens: 100, input: '2', output: '2' }],
    };
    const pricing = loadPricing(table([tiered]));
    const usage = (inputTokens: number): Usage => ({
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens,
      outputTokens: 0,
    });
    expect(estimateCost(usage(100), { pricing }).total).toBe('0.0001');
    expect(estimateCost(usage(101), { pricing }).total).toBe('0.000202');
  });

  it('ships deeply frozen tables', () => {
    expect(Object.isFrozen(tokenPlan.text[0]?.models)).toBe(true);
    expect(Object.isFrozen(rateLimitTables.cn.rows[0]?.paid)).toBe(true);
    expect(Object.isFrozen(models[0])).toBe(true);
    expect(() => {
      (tokenPlan.image as { requests: number }).requests = 0;
    }).toThrow(TypeError);
  });

  it('keeps plan counts past 2^53 exact', () => {
    const huge: Usage = { kind: 'speech', model: 'speech-2.8-hd', characters: Number.MAX_SAFE_INTEGER };
    // ceil((2^53 − 1) × 600 / 1000)
    expect(tokenPlanRequestsExact(huge)).toBe(5404319552844595n);
    const images: Usage = { kind: 'image', model: 'image-01', count: Number.MAX_SAFE_INTEGER };
    expect(tokenPlanRequestsExact(images)).toBe(675539944105574325n); // (2^53 − 1) × 75
    expect(() => tokenPlanRequests(images)).toThrow(/675539944105574325 requests, past 2\^53/);
  });

  it('weeklyCap refuses a non-date with a typed error', () => {
    expect(() => weeklyCap(1500, 'yesterday')).toThrow(InvalidUsageError);
    expect(() => weeklyCap(1500, 'yesterday')).toThrow(/purchasedAt is "yesterday"; use a Date/);
  });

  it('reports NaN as NaN, not as null', () => {
    const nan: Usage = { kind: 'image', model: 'image-01', count: Number.NaN };
    expect(() => estimateCost(nan)).toThrow(
      'count is NaN; it must be a whole number from 0 to 9007199254740991.',
    );
    expect(() => tokenPlanRequests(nan)).toThrow(/is NaN/);
  });

  it('bounds every error message, whatever the input', () => {
    const huge = 'x'.repeat(10_000_000);
    const attempts = [
      () => estimateCost({ kind: 'text', model: huge, inputTokens: 1, outputTokens: 1 }),
      () => estimateCost({ kind: 'image', model: 'image-01', count: huge as unknown as number }),
      () =>
        estimateCost({
          kind: 'video',
          model: 'MiniMax-Hailuo-02',
          mode: huge as 'text-to-video',
          resolution: '768P',
          durationSeconds: 6,
        }),
      () => tokenPlanRequests({ kind: huge as 'text' } as Usage),
      () =>
        loadPricing(
          table(
            Array.from({ length: 2_000 }, () => ({
              kind: 'image',
              models: ['x'],
              unit: 'image',
              price: '1,0',
            })),
          ),
        ),
    ];
    for (const attempt of attempts) {
      let message = '';
      try {
        attempt();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toBe('');
      expect(message.length).toBeLessThanOrEqual(maxMessageLength);
    }
    expect(() => attempts[4]?.()).toThrow(InvalidTableError);
  });

  it('carries the seed conflicts as data notes', () => {
    expect(tokenPlan.conflicts.map((conflict) => conflict.topic)).toEqual([
      'non-text quota',
      '5-hour window',
      'current_interval_usage_count',
    ]);
    for (const conflict of tokenPlan.conflicts) expect(conflict.readings.length).toBeGreaterThanOrEqual(2);
  });
});
