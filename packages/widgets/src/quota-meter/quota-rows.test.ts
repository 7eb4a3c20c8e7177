import { describe, expect, it } from 'vitest';
import { remainsPercentages } from './__fixtures__/remains-percentages.js';
import { rowsFromRemains } from './quota-rows.js';

describe('rowsFromRemains', () => {
  it('reads a percentages-only answer (counts 0): the window, the weekly cap, an exhausted daily quota', () => {
    const rows = rowsFromRemains(remainsPercentages, 1780362386040);
    expect(
      rows.map(({ id, used, total, unit, available }) => ({ id, used, total, unit, available })),
    ).toEqual([
      { id: 'window:general', used: 11, total: 100, unit: 'percent', available: true },
      { id: 'weekly:general', used: 9, total: 100, unit: 'percent', available: true },
      { id: 'daily:image-01', used: 100, total: 100, unit: 'percent', available: true },
    ]);
    // Nothing is read as "0 of 0".
    expect(rows.some((row) => row.unit === undefined)).toBe(false);
  });
});
