import { comparePlans } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { planChoice } from './plan-choice.js';

describe('planChoice', () => {
  it('turns spoken text into a day of billing characters', () => {
    // 你好 is 4 billing characters; 1,000 a day is 4,000.
    const choice = planChoice({ kind: 'speech', model: 'speech-2.8-hd', text: '你好' }, 1000, 'global');
    const expected = comparePlans(
      { media: [{ kind: 'speech', model: 'speech-2.8-hd', mode: 'sync', characters: 4000 }] },
      { region: 'global' },
    );
    expect(choice).toEqual({ state: 'compared', perDay: 1000, comparison: expected });
  });

  it('multiplies clips and images by the count a day', () => {
    const clip = {
      kind: 'video',
      model: 'MiniMax-Hailuo-02',
      mode: 'text-to-video',
      resolution: '768P',
      durationSeconds: 6,
      count: 2,
    } as const;
    const choice = planChoice(clip, 5, 'global');
    expect(choice).toEqual({
      state: 'compared',
      perDay: 5,
      comparison: comparePlans({ media: [{ ...clip, count: 10 }] }, { region: 'global' }),
    });
  });

  it('compares nothing for voices, understanding or zero a day', () => {
    expect(planChoice({ kind: 'voice', operation: 'clone' }, 10, 'global')).toBeUndefined();
    expect(planChoice({ kind: 'vlm', count: 1 }, 10, 'global')).toBeUndefined();
    expect(planChoice({ kind: 'image', model: 'image-01', count: 1 }, 0, 'global')).toBeUndefined();
  });

  it('reports a workload core refuses, and a region without plan prices', () => {
    const huge = { kind: 'text', model: 'MiniMax-M2.7', inputTokens: 1e12, outputTokens: 1 } as const;
    expect(planChoice(huge, 1e12, 'global')).toMatchObject({
      state: 'refused',
      message: expect.stringContaining('2^53'),
    });
    expect(planChoice({ kind: 'image', model: 'image-01', count: 1 }, 1, 'cn')).toEqual({
      state: 'unpriced',
      region: 'cn',
    });
  });
});
