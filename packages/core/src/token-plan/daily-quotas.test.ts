import { describe, expect, it } from 'vitest';
import { dailyQuotas } from './daily-quotas.js';

describe('daily quotas', () => {
  it('carry the reported global sizes for images and HD speech', () => {
    expect(dailyQuotas.starter).toMatchObject({ 'image-01': 50, 'speech-hd': 4000, 'speech-turbo': 4000 });
    expect(dailyQuotas.ultra).toMatchObject({ 'image-01': 200, 'speech-hd': 19000 });
  });

  it('grow with the tier in every bucket', () => {
    const tiers = ['starter', 'plus', 'max', 'ultra'] as const;
    for (const bucket of Object.keys(dailyQuotas.starter)) {
      const sizes = tiers.map((tier) => dailyQuotas[tier][bucket] ?? 0);
      expect(sizes, bucket).toEqual([...sizes].sort((a, b) => a - b));
      expect(sizes[0], bucket).toBeGreaterThan(0);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(dailyQuotas.plus)).toBe(true);
  });
});
