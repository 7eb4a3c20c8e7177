import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimalStrings, compareDecimals, parseDecimal } from '../money/decimal.js';
import type { Usage } from '../usage/usage.js';
import { estimateCost } from './estimate-cost.js';

const amount = fc.integer({ min: 0, max: 50_000_000 });
const small = fc.integer({ min: 0, max: 1000 });

/** Random usages that the CN table can price. */
const usage: fc.Arbitrary<Usage> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    model: fc.constantFrom('MiniMax-M2', 'MiniMax-M2-Stable'),
    inputTokens: amount,
    outputTokens: amount,
    cacheReadTokens: amount,
    cacheWriteTokens: amount,
  }),
  fc.record({
    kind: fc.constant('speech' as const),
    model: fc.constantFrom('speech-2.6-hd', 'speech-02-turbo'),
    mode: fc.constantFrom('sync' as const, 'async' as const),
    characters: amount,
  }),
  fc.record({
    kind: fc.constant('video' as const),
    model: fc.constant('MiniMax-Hailuo-02'),
    mode: fc.constant('image-to-video' as const),
    resolution: fc.constantFrom('512P' as const, '768P' as const),
    durationSeconds: fc.constantFrom(6, 10),
    count: small,
  }),
  fc.record({ kind: fc.constant('image' as const), model: fc.constant('image-01'), count: small }),
  fc.record({ kind: fc.constant('music' as const), model: fc.constant('music-2.0'), count: small }),
  fc.record({
    kind: fc.constant('voice' as const),
    operation: fc.constant('design' as const),
    count: small,
    previewCharacters: amount,
  }),
);

const countFields = [
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'characters',
  'count',
  'previewCharacters',
];

describe('estimateCost properties', () => {
  it('is additive over usages', () => {
    fc.assert(
      fc.property(fc.array(usage, { maxLength: 6 }), (usages) => {
        const parts = usages.map((item) => estimateCost(item).total);
        expect(estimateCost(usages).total).toBe(addDecimalStrings(...parts));
      }),
    );
  });

  it('never decreases when any count grows', () => {
    fc.assert(
      fc.property(
        usage,
        fc.constantFrom(...countFields),
        fc.integer({ min: 1, max: 1_000_000 }),
        (item, field, extra) => {
          const record = item as unknown as Record<string, unknown>;
          if (typeof record[field] !== 'number') return;
          const grown = { ...record, [field]: (record[field] as number) + extra } as unknown as Usage;
          const before = parseDecimal(estimateCost(item).total);
          expect(compareDecimals(parseDecimal(estimateCost(grown).total), before)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('costs exactly 0 for zero usage, and for no usage at all', () => {
    expect(estimateCost({ kind: 'text', model: 'MiniMax-M2', inputTokens: 0, outputTokens: 0 }).total).toBe(
      '0',
    );
    expect(estimateCost({ kind: 'speech', model: 'speech-02-hd', text: '' }).total).toBe('0');
    expect(estimateCost({ kind: 'image', model: 'image-01', count: 0 }).total).toBe('0');
    expect(estimateCost([]).total).toBe('0');
  });

  it('returns totals that round-trip as decimals', () => {
    fc.assert(
      fc.property(usage, (item) => {
        const { total, lines } = estimateCost(item);
        expect(total).toMatch(/^\d+(\.\d*[1-9])?$/);
        for (const line of lines) expect(line.amount).toMatch(/^\d+(\.\d*[1-9])?$/);
      }),
    );
  });

  it('rejects a region it does not know and a table of another region', () => {
    const text: Usage = { kind: 'text', model: 'MiniMax-M2', inputTokens: 1, outputTokens: 1 };
    expect(() => estimateCost(text, { region: 'eu' as 'cn' })).toThrow(/use "cn" or "global"/);
    expect(() => estimateCost(null as unknown as Usage)).toThrow(/must be an object/);
  });

  it('names what each line is for with a stable part and the canonical model, for UIs in any language', () => {
    const parts = (work: Usage) =>
      estimateCost(work, { region: 'cn' }).lines.map(({ part, model }) => [part, model]);
    const text: Usage = {
      kind: 'text',
      model: 'minimax-m2',
      inputTokens: 1,
      outputTokens: 2,
      cacheReadTokens: 3,
      cacheWriteTokens: 4,
    };
    expect(parts(text)).toEqual([
      ['input', 'MiniMax-M2'],
      ['output', 'MiniMax-M2'],
      ['cache-read', 'MiniMax-M2'],
      ['cache-write', 'MiniMax-M2'],
    ]);
    expect(parts({ kind: 'voice', operation: 'design', previewCharacters: 10 })).toEqual([
      ['voice', undefined],
      ['voice-preview', undefined],
    ]);
    expect(
      parts({ kind: 'voice', operation: 'clone', previewCharacters: 10, previewModel: 'speech-2.6-hd' }),
    ).toEqual([
      ['voice', undefined],
      ['speech', 'speech-2.6-hd'],
    ]);
    const clip: Usage = {
      kind: 'video',
      model: 'MiniMax-Hailuo-02',
      mode: 'text-to-video',
      resolution: '768P',
      durationSeconds: 6,
    };
    expect(parts(clip)).toEqual([['video', 'MiniMax-Hailuo-02']]);
    expect(parts({ kind: 'image', model: 'image-01', count: 2 })).toEqual([['image', 'image-01']]);
  });
});
