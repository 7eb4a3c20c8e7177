import { describe, expect, it } from 'vitest';
import { reportedUsage } from './reported-usage.js';

const usage = (total: unknown, noCache: unknown, cacheRead: unknown, cacheWrite: unknown, output: unknown) =>
  ({
    inputTokens: { total, noCache, cacheRead, cacheWrite },
    outputTokens: { total: output },
  }) as Parameters<typeof reportedUsage>[0];

describe('reportedUsage', () => {
  it('splits input into the disjoint counts core prices: uncached, cache reads, cache writes', () => {
    expect(reportedUsage(usage(100, 60, 30, 10, 7))).toEqual({
      input_tokens: 60,
      output_tokens: 7,
      cache_read_input_tokens: 30,
      cache_creation_input_tokens: 10,
    });
  });

  it('derives the uncached input when a provider gives only the total and the cache reads', () => {
    expect(reportedUsage(usage(100, undefined, 40, undefined, 5))).toMatchObject({
      input_tokens: 60,
      cache_read_input_tokens: 40,
    });
  });

  it('is undefined without counts, or with counts no server reports', () => {
    expect(reportedUsage(undefined)).toBeUndefined();
    expect(reportedUsage(usage(undefined, undefined, undefined, undefined, undefined))).toBeUndefined();
    expect(reportedUsage(usage(10, undefined, undefined, undefined, -1))).toBeUndefined();
    expect(reportedUsage(usage(Number.NaN, undefined, undefined, undefined, 3))).toBeUndefined();
    expect(reportedUsage(usage(10, undefined, 20, undefined, 3))).toBeUndefined();
  });
});
