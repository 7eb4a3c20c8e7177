import { describe, expect, it } from 'vitest';
import { estimateTokens } from './estimate-tokens.js';

describe('estimateTokens', () => {
  it('follows MiniMax: 1,600 Chinese characters ≈ 1,000 tokens', () => {
    expect(estimateTokens('字'.repeat(1600))).toBe(1000);
    expect(estimateTokens('字'.repeat(8))).toBe(5);
  });

  it('counts ASCII at 4 characters a token, other scripts at 2, rounding up', () => {
    expect(estimateTokens('abcd'.repeat(100))).toBe(100);
    expect(estimateTokens('hello')).toBe(2);
    expect(estimateTokens('привет')).toBe(3);
    expect(estimateTokens('')).toBe(0);
  });

  it('never shrinks when text grows', () => {
    let previous = 0;
    let text = '';
    for (const piece of ['a', '字', 'é', ' ', 'か', '😀']) {
      text += piece;
      const tokens = estimateTokens(text);
      expect(tokens).toBeGreaterThanOrEqual(previous);
      previous = tokens;
    }
  });
});
