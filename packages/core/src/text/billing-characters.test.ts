import { describe, expect, it } from 'vitest';
import { billingCharacters } from './billing-characters.js';

describe('billingCharacters', () => {
  it('bills the real API example as 34', () => {
    // 12 Chinese characters × 2 + "(laughs)" 8 + "，" + "！" = 34
    expect(billingCharacters('今天是不是很开心呀(laughs)，当然了！')).toBe(34);
  });

  it('counts every non-Chinese character once, full-width punctuation included', () => {
    expect(billingCharacters('Hello, world!\n')).toBe(14);
    expect(billingCharacters('，。！？「」')).toBe(6);
    expect(billingCharacters('  \t')).toBe(3);
    expect(billingCharacters('')).toBe(0);
  });

  it('counts a Chinese character outside the BMP once as 2, not as two halves', () => {
    expect(billingCharacters('𠀀')).toBe(2);
    expect(billingCharacters('😀')).toBe(1);
  });

  it('does not double Japanese kana or Korean hangul', () => {
    expect(billingCharacters('かな한글')).toBe(4);
  });
});
