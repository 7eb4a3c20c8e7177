import { describe, expect, it } from 'vitest';
import { textUsage, usageTokens } from './text-usage.js';

const usage = (total: unknown, noCache: unknown, cacheRead: unknown, cacheWrite: unknown, output: unknown) =>
  ({
    inputTokens: { total, noCache, cacheRead, cacheWrite },
    outputTokens: { total: output },
  }) as Parameters<typeof textUsage>[1];

describe('textUsage', () => {
  it('splits input into the disjoint counts core prices: uncached, cache reads, cache writes', () => {
    const priced = textUsage('MiniMax-M2', usage(100, 60, 30, 10, 7));
    expect(priced).toEqual({
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: 60,
      outputTokens: 7,
      cacheReadTokens: 30,
      cacheWriteTokens: 10,
    });
    expect(priced && usageTokens(priced)).toBe(107);
  });

  it('derives the uncached input when a provider gives only the total and the cache reads', () => {
    expect(textUsage('MiniMax-M2', usage(100, undefined, 40, undefined, 5))).toMatchObject({
      inputTokens: 60,
      cacheReadTokens: 40,
    });
  });

  it('is undefined without counts, or with counts no server reports', () => {
    expect(textUsage('MiniMax-M2', undefined)).toBeUndefined();
    expect(
      textUsage('MiniMax-M2', usage(undefined, undefined, undefined, undefined, undefined)),
    ).toBeUndefined();
    expect(textUsage('MiniMax-M2', usage(10, undefined, undefined, undefined, -1))).toBeUndefined();
    expect(textUsage('MiniMax-M2', usage(Number.NaN, undefined, undefined, undefined, 3))).toBeUndefined();
    expect(textUsage('MiniMax-M2', usage(10, undefined, 20, undefined, 3))).toBeUndefined();
  });
});
