import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { PlanCoverageError } from '../errors/plan-coverage-error.js';
import { UnsupportedCombinationError } from '../errors/unsupported-combination-error.js';
import type { VideoUsage } from '../usage/usage.js';
import { dailyQuotaUse } from './daily-quota.js';
import { chargeTarget, keyType, startOfPlanDay, startOfPlanWeek, weeklyCap } from './plan-rules.js';
import { tokenPlan } from './token-plan.js';
import { tokenPlanRequests } from './token-plan-requests.js';
import { tokenPlanSchema } from './token-plan-schema.js';

const text = (model: string, requests?: number) =>
  ({ kind: 'text', model, inputTokens: 100, outputTokens: 100, ...(requests ? { requests } : {}) }) as const;

describe('Token Plan request equivalents', () => {
  it('reads rules that match their schema', () => {
    expect(tokenPlanSchema.safeParse(tokenPlan).success).toBe(true);
  });

  it('counts a text call as 1 request, a highspeed call as 2', () => {
    expect(tokenPlanRequests(text('MiniMax-M2.7'))).toBe(1);
    expect(tokenPlanRequests(text('MiniMax-M2.5', 7))).toBe(7);
    expect(tokenPlanRequests(text('MiniMax-M2.7-highspeed'))).toBe(2);
    expect(tokenPlanRequests(text('MiniMax-M2.5-highspeed', 3))).toBe(6);
  });

  it('counts a vlm call as 3 requests, as 3 highspeed requests on a High-Speed plan', () => {
    expect(tokenPlanRequests({ kind: 'vlm', count: 1 })).toBe(3);
    expect(tokenPlanRequests({ kind: 'vlm', count: 2 }, { plan: 'highspeed' })).toBe(12);
  });

  it.each([
    ['speech-2.8-hd', 'sync', 600],
    ['speech-2.6-hd', 'sync', 600],
    ['speech-02-hd', 'sync', 600],
    ['speech-2.6-turbo', 'sync', 300],
    ['speech-2.8-hd', 'async', 450],
    ['speech-02-turbo', 'async', 225],
  ] as const)('counts %s %s speech as %i requests per 1,000 characters', (model, mode, requests) => {
    expect(tokenPlanRequests({ kind: 'speech', model, mode, characters: 1000 })).toBe(requests);
    expect(tokenPlanRequests({ kind: 'speech', model, mode, characters: 5000 })).toBe(requests * 5);
  });

  it('charges part of a thousand characters pro rata, rounded up', () => {
    // 34 billing characters × 600 / 1,000 = 20.4 → 21
    expect(
      tokenPlanRequests({
        kind: 'speech',
        model: 'speech-2.8-hd',
        text: '今天是不是很开心呀(laughs)，当然了！',
      }),
    ).toBe(21);
    expect(tokenPlanRequests({ kind: 'speech', model: 'speech-2.6-turbo', characters: 1 })).toBe(1);
    expect(tokenPlanRequests({ kind: 'speech', model: 'speech-2.6-turbo', characters: 0 })).toBe(0);
  });

  const clip = (
    model: string,
    mode: VideoUsage['mode'],
    resolution: VideoUsage['resolution'],
    durationSeconds: number,
  ): VideoUsage => ({
    kind: 'video',
    model,
    mode,
    resolution,
    durationSeconds,
  });

  it('counts the plan’s video clips', () => {
    expect(tokenPlanRequests(clip('MiniMax-Hailuo-2.3-Fast', 'image-to-video', '768P', 6))).toBe(3000);
    expect(tokenPlanRequests(clip('MiniMax-Hailuo-2.3', 'text-to-video', '768P', 6))).toBe(4500);
    expect(tokenPlanRequests(clip('MiniMax-Hailuo-02', 'image-to-video', '768P', 6))).toBe(4500);
    expect(tokenPlanRequests(clip('MiniMax-Hailuo-02', 'image-to-video', '512P', 6))).toBe(1500);
    expect(tokenPlanRequests({ ...clip('MiniMax-Hailuo-02', 'image-to-video', '512P', 10), count: 2 })).toBe(
      4500,
    );
  });

  it('refuses clips the plan does not include, naming those it does', () => {
    const attempt = () => tokenPlanRequests(clip('MiniMax-Hailuo-2.3', 'text-to-video', '1080P', 6));
    expect(attempt).toThrow(UnsupportedCombinationError);
    expect(attempt).toThrow(/on the Token Plan\. Valid: text-to-video 768P 6 s; image-to-video 768P 6 s/);
    expect(() => tokenPlanRequests(clip('MiniMax-Hailuo-2.3-Fast', 'text-to-video', '768P', 6))).toThrow(
      UnsupportedCombinationError,
    );
  });

  it('counts images, songs and lyrics', () => {
    expect(tokenPlanRequests({ kind: 'image', model: 'image-01', count: 4 })).toBe(300);
    expect(tokenPlanRequests({ kind: 'image', model: 'image-01-live', count: 1 })).toBe(75);
    expect(tokenPlanRequests({ kind: 'music', model: 'music-2.5+', count: 1 })).toBe(3000);
    expect(tokenPlanRequests({ kind: 'music', model: 'music-2.5', count: 2 })).toBe(6000);
    expect(tokenPlanRequests({ kind: 'music', model: 'Music-2.0', count: 1 })).toBe(450);
    expect(tokenPlanRequests({ kind: 'lyrics', count: 3 })).toBe(225);
  });

  it('sums several usages', () => {
    expect(tokenPlanRequests([text('MiniMax-M2.7'), { kind: 'image', model: 'image-01', count: 1 }])).toBe(
      76,
    );
  });

  it('refuses work outside the plan, pointing to a pay-as-you-go key', () => {
    for (const usage of [
      text('MiniMax-M2'),
      text('MiniMax-M3'),
      { kind: 'voice', operation: 'clone' } as const,
    ]) {
      expect(() => tokenPlanRequests(usage)).toThrow(PlanCoverageError);
    }
    expect(() => tokenPlanRequests({ kind: 'voice', operation: 'design' })).toThrow(/sk-api-/);
  });
});

describe('Token Plan daily quotas', () => {
  it('names the quota non-text work draws on and how much of it', () => {
    expect(dailyQuotaUse({ kind: 'speech', model: 'speech-2.8-hd', text: '你好' })).toEqual({
      bucket: 'speech-hd',
      units: 4,
      unit: 'character',
    });
    expect(dailyQuotaUse({ kind: 'image', model: 'image-01-live', count: 2 })).toEqual({
      bucket: 'image-01',
      units: 2,
      unit: 'image',
    });
    expect(dailyQuotaUse(clipUsage())).toEqual({ bucket: 'video', units: 1, unit: 'clip' });
    expect(dailyQuotaUse({ kind: 'music', model: 'music-2.6', count: 1 })).toEqual({
      bucket: 'music',
      units: 1,
      unit: 'song',
    });
    expect(dailyQuotaUse(text('MiniMax-M2.7'))).toBeUndefined();
  });
});

function clipUsage(): VideoUsage {
  return {
    kind: 'video',
    model: 'MiniMax-Hailuo-2.3',
    mode: 'text-to-video',
    resolution: '768P',
    durationSeconds: 6,
  };
}

describe('Token Plan rules', () => {
  it('caps a week at 10 × the 5-hour quota for plans bought from 2026-03-23 China time', () => {
    expect(weeklyCap(1500, '2026-03-23T00:00:00+08:00')).toBe(15_000);
    expect(weeklyCap(4500, new Date('2026-06-01'))).toBe(45_000);
    expect(weeklyCap(1500, '2026-03-22T23:59:59+08:00')).toBeUndefined();
    expect(() => weeklyCap(1500, 'yesterday')).toThrow(InvalidUsageError);
  });

  it('tells key types apart by prefix', () => {
    expect(keyType('sk-cp-abc')).toBe('token-plan');
    expect(keyType('sk-api-abc')).toBe('pay-as-you-go');
    expect(keyType('eyJhbGciOi')).toBe('unknown');
  });

  it('charges the plan first, then Credits within coverage, then pay-as-you-go', () => {
    expect(chargeTarget({ covered: true, requests: 2, planRemaining: 2, hasCredits: true })).toBe('plan');
    expect(chargeTarget({ covered: true, requests: 2, planRemaining: 1, hasCredits: true })).toBe('credits');
    expect(chargeTarget({ covered: true, requests: 2, planRemaining: 1, hasCredits: false })).toBe(
      'pay-as-you-go',
    );
    expect(chargeTarget({ covered: false, requests: 1, planRemaining: 100, hasCredits: true })).toBe(
      'pay-as-you-go',
    );
  });

  it('starts a plan day at 00:00 China time', () => {
    expect(startOfPlanDay(Date.parse('2026-04-17T03:00:00+08:00'))).toBe(
      Date.parse('2026-04-17T00:00:00+08:00'),
    );
    expect(startOfPlanDay(Date.parse('2026-04-16T23:59:59+08:00'))).toBe(
      Date.parse('2026-04-16T00:00:00+08:00'),
    );
  });

  it('starts a plan week on Monday 00:00 China time, as /v1/token_plan/remains reports', () => {
    expect(startOfPlanWeek(Date.parse('2026-04-17T03:00:00+08:00'))).toBe(1776009600000); // Mon 2026-04-13
    expect(startOfPlanWeek(Date.parse('2026-04-13T00:00:00+08:00'))).toBe(1776009600000);
    expect(startOfPlanWeek(Date.parse('2026-04-12T23:59:59+08:00'))).toBe(
      Date.parse('2026-04-06T00:00:00+08:00'),
    );
  });
});
