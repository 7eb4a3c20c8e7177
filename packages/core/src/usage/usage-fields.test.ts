import { describe, expect, it } from 'vitest';
import { reportedUnits, usageFields } from './usage-fields.js';

describe('reportedUnits', () => {
  it('reads tokens, billing characters and images where each answer reports them', () => {
    expect(reportedUnits({ usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } })).toBe(15);
    expect(reportedUnits({ usage: { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 3 } })).toBe(
      18,
    );
    expect(reportedUnits({ extra_info: { usage_characters: 42 } })).toBe(42);
    expect(reportedUnits({ usage_characters: 7 })).toBe(7);
    expect(reportedUnits({ metadata: { success_count: '3' } })).toBe(3);
    expect(reportedUnits({ metadata: { success_count: 2 } })).toBe(2);
  });

  it('reports nothing for what no count can be, never NaN, Infinity or a negative', () => {
    for (const body of [
      null,
      'text',
      {},
      { usage: { total_tokens: Number.POSITIVE_INFINITY } },
      { usage: { total_tokens: -1 } },
      { usage: { total_tokens: '15' } },
      { extra_info: { usage_characters: Number.NaN } },
      { metadata: { success_count: '' } },
      { metadata: { success_count: 'many' } },
    ])
      expect(reportedUnits(body), JSON.stringify(body)).toBeUndefined();
  });

  it('names every field once, frozen', () => {
    const paths = [
      usageFields.totalTokens,
      ...usageFields.tokenParts,
      ...usageFields.characters,
      usageFields.images,
    ];
    expect(new Set(paths).size).toBe(paths.length);
    expect(Object.isFrozen(usageFields.tokenParts)).toBe(true);
  });
});
