import { describe, expect, it } from 'vitest';
import { calculatorWords } from '../cost-calculator/calculator-words.js';
import { planWords } from '../cost-calculator/plan-words.js';
import { en } from './en.js';
import { zhCN } from './zh-cn.js';

describe('counts in every translation', () => {
  it('English says one in the singular and every other count in the plural', () => {
    expect(en.planRequests('1')).toBe('On a Token Plan: 1 request');
    expect(en.planRequests('0')).toBe('On a Token Plan: 0 requests');
    expect(en.planRequests('1,000')).toBe('On a Token Plan: 1,000 requests');
    expect(en.billingCharacters(1, 0)).toBe('1 billing character');
    expect(en.billingCharacters(5, 2)).toBe('5 billing characters (2 Chinese characters count 2 each)');
    expect(en.burnRate('1')).toBe('1 request an hour');
    expect(en.burnRate('1.5')).toBe('1.5 requests an hour');
    expect(en.quotaValueText('0', '1', '1', '5 h')).toBe('0 of 1 request used, 1 left, resets in 5 h');
    expect(calculatorWords('en').promptTier('1', '512,000', false)).toMatch(/^Prompt of 1 token: /);
    const miss = { limit: 'window', needed: 2, quota: 1 } as const;
    expect(planWords('en').miss(miss as never, String)).toBe('5-hour window: needs 2 of 1 request');
  });

  it('Chinese counts with measure words, never an English plural', () => {
    expect(zhCN.planRequests('1')).toBe('按 Token Plan 计：1 次请求');
    expect(zhCN.billingCharacters(3, 1)).toBe('计费字符 3 个（其中 1 个汉字算 2 个）');
    expect(zhCN.billingCharacters(6, 2)).toBe('计费字符 6 个（其中 2 个汉字各算 2 个）');
    expect(zhCN.burnRate('1')).toBe('每小时 1 次请求');
  });
});
