import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { estimateCost } from '../pricing/estimate-cost.js';

/** Every object reachable from `value` that is not frozen, by path (the first few). */
function unfrozen(value: unknown, path: string, found: string[] = []): string[] {
  if (typeof value !== 'object' || value === null || found.length >= 5) return found;
  if (!Object.isFrozen(value)) found.push(path);
  for (const [key, child] of Object.entries(value)) unfrozen(child, `${path}.${key}`, found);
  return found;
}

// Exported data: every object that is neither a function nor a zod schema.
const tables = Object.entries(core).filter(
  ([, value]) => typeof value === 'object' && value !== null && !('_zod' in value),
);

describe('bundled data', () => {
  it('is every exported table, and each is deeply frozen', () => {
    expect(tables.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'catalog',
        'pricingTables',
        'rateLimitTables',
        'models',
        'tokenPlan',
        'errorCodes',
        'endpoints',
        'apis',
        'regions',
      ]),
    );
    for (const [name, value] of tables) expect(unfrozen(value, name), name).toEqual([]);
  });

  it('cannot be changed by a caller: writes throw and later quotes are unchanged', () => {
    const usage = { kind: 'image', model: 'image-01', count: 1 } as const;
    const before = estimateCost(usage, { region: 'cn' }).total;
    const row = core.pricingTables.cn.prices.find((entry) => entry.kind === 'image') as { price: string };
    expect(() => {
      row.price = '0';
    }).toThrow(TypeError);
    expect(() => (core.catalog.models as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (core.rateLimitTables.global.rows[0] as { paid: { rpm?: number } }).paid.rpm = 1e9;
    }).toThrow(TypeError);
    expect(estimateCost(usage, { region: 'cn' }).total).toBe(before);
    expect(core.catalog.pricing).toBe(core.pricingTables);
  });
});
