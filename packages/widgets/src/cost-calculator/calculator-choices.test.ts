import { estimateCost, pricingTables, type Region } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.js';
import { isPriced, modelsFor, normalize } from './calculator-choices.js';
import { type CalculatorKind, calculatorKinds, initialInput } from './calculator-input.js';

const regions: Region[] = ['cn', 'global'];
const modelKinds = ['text', 'speech', 'video', 'image', 'music'] as const;

describe('the calculator’s choices, derived from core’s tables', () => {
  it('offers every model core prices today, in each region, and each one prices', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const region of regions) {
      for (const kind of modelKinds) {
        const inForce = (pricingTables[region]?.prices ?? []).filter(
          (row) => row.kind === kind && (row.from ?? '') <= today && today < (row.until ?? '9999'),
        );
        const priced = new Set(inForce.flatMap((row) => ('models' in row ? row.models : [])));
        expect(new Set(modelsFor(region, kind)), `${region} ${kind}`).toEqual(priced);
        for (const model of priced) {
          const input = normalize({ ...initialInput, region, kind, model, text: 'MiniMax' });
          expect(calculate(input).state, `${region} ${kind} ${model}`).toBe('priced');
        }
      }
    }
  });

  it('includes the newer models MiniMax sells in both regions', () => {
    expect(modelsFor('cn', 'text')).toEqual(
      expect.arrayContaining(['MiniMax-M3', 'MiniMax-M2.7', 'MiniMax-M2.7-highspeed', 'MiniMax-M2.5']),
    );
    expect(modelsFor('global', 'text')).toEqual(
      expect.arrayContaining(['MiniMax-M3', 'MiniMax-M2.7', 'MiniMax-M2.5-highspeed', 'M2-her']),
    );
    expect(modelsFor('global', 'speech')).toEqual(
      expect.arrayContaining(['speech-2.8-hd', 'speech-2.8-turbo']),
    );
    expect(modelsFor('global', 'music')).toEqual(expect.arrayContaining(['music-2.6', 'music-2.0']));
    // M3's launch week and today's price are two rows of one model: offered once.
    expect(modelsFor('global', 'text').filter((model) => model === 'MiniMax-M3')).toHaveLength(1);
  });

  it('says which kinds a region prices at all', () => {
    const priced = (region: Region) =>
      calculatorKinds.filter((kind: CalculatorKind) => isPriced(region, kind));
    expect(priced('global')).toEqual([...calculatorKinds]);
    expect(priced('cn')).toEqual(['text', 'speech', 'video', 'image', 'music', 'voice']);
  });

  it('keeps the priority tier only for a model priced with one', () => {
    const m3 = normalize({ ...initialInput, region: 'global', model: 'MiniMax-M3', serviceTier: 'priority' });
    expect(m3.serviceTier).toBe('priority');
    expect(normalize({ ...m3, model: 'MiniMax-M2.7' }).serviceTier).toBe('standard');
    // Without the calculator: core refuses priority for a model that has none.
    expect(() =>
      estimateCost(
        { kind: 'text', model: 'MiniMax-M2.7', inputTokens: 1, outputTokens: 1 },
        { region: 'global', serviceTier: 'priority' },
      ),
    ).toThrow(/priority/);
  });
});
