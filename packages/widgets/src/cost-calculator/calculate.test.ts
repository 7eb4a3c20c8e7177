import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.js';
import { type CalculatorInput, initialInput } from './calculator-input.js';

const text = (changes: Partial<CalculatorInput>) =>
  calculate({ ...initialInput, kind: 'text', cacheReadTokens: '0', cacheWriteTokens: '0', ...changes });
const total = (result: ReturnType<typeof calculate>) =>
  result.state === 'priced' ? `${result.cost.currency} ${result.cost.total}` : result.state;

// Expected totals are worked out by hand from MiniMax's per-million prices (minimax-now.md §3).
describe('calculate, MiniMax-M3 by prompt length and service tier', () => {
  it('prices CN M3 at the lower tier up to 512,000 prompt tokens and every token at the upper tier above', () => {
    const at = (inputTokens: string, serviceTier: CalculatorInput['serviceTier']) =>
      text({ region: 'cn', model: 'MiniMax-M3', inputTokens, outputTokens: '1000', serviceTier });
    // 512,000 × 2.10 + 1,000 × 8.40, per million
    expect(total(at('512000', 'standard'))).toBe('CNY 1.0836');
    // priority: 512,000 × 3.15 + 1,000 × 12.60
    expect(total(at('512000', 'priority'))).toBe('CNY 1.6254');
    // 600,000 × 4.20 + 1,000 × 16.80: the output pays the upper tier too
    expect(total(at('600000', 'standard'))).toBe('CNY 2.5368');
    // priority: 600,000 × 6.30 + 1,000 × 25.20
    expect(total(at('600000', 'priority'))).toBe('CNY 3.8052');
    expect(at('512000', 'standard')).toMatchObject({
      tier: { promptTokens: 512_000, aboveInputTokens: 512_000, upper: false },
    });
    expect(at('512001', 'standard')).toMatchObject({ tier: { upper: true } });
  });

  it('prices global M3 in USD, cache reads counting toward the prompt', () => {
    const at = (changes: Partial<CalculatorInput>) =>
      text({ region: 'global', model: 'MiniMax-M3', outputTokens: '10000', ...changes });
    // 100,000 × 0.30 + 10,000 × 1.20
    expect(total(at({ inputTokens: '100000' }))).toBe('USD 0.042');
    // priority: 100,000 × 0.45 + 10,000 × 1.80
    expect(total(at({ inputTokens: '100000', serviceTier: 'priority' }))).toBe('USD 0.063');
    // 600,000 × 0.60 + 10,000 × 2.40, then × 1.5 at priority
    expect(total(at({ inputTokens: '600000' }))).toBe('USD 0.384');
    expect(total(at({ inputTokens: '600000', serviceTier: 'priority' }))).toBe('USD 0.576');
    // 500,000 input + 20,000 cache read = 520,000 > 512,000: 500,000 × 0.60 + 20,000 × 0.12
    const cached = at({ inputTokens: '500000', cacheReadTokens: '20000', outputTokens: '0' });
    expect(total(cached)).toBe('USD 0.3024');
    expect(cached).toMatchObject({ tier: { promptTokens: 520_000, upper: true } });
  });

  it('prices the newer text models in both regions, and gives no tier to a model without one', () => {
    const m27 = { model: 'MiniMax-M2.7', inputTokens: '1000000', outputTokens: '1000000' };
    expect(total(text({ region: 'cn', ...m27 }))).toBe('CNY 10.5'); // 2.1 + 8.4
    expect(total(text({ region: 'global', ...m27 }))).toBe('USD 1.5'); // 0.3 + 1.2
    // global highspeed: 1,000,000 × 0.6 + 1,000,000 × 2.4
    expect(total(text({ region: 'global', ...m27, model: 'MiniMax-M2.5-highspeed' }))).toBe('USD 3');
    expect(text({ region: 'cn', ...m27 })).not.toHaveProperty('tier');
  });

  it('prices lyrics, understanding requests and today’s voice cloning in the global region', () => {
    const global = { ...initialInput, region: 'global' } as const;
    expect(total(calculate({ ...global, kind: 'lyrics', count: '3' }))).toBe('USD 0.03'); // 3 × 0.01
    expect(total(calculate({ ...global, kind: 'vlm', count: '2' }))).toBe('USD 0.12'); // 2 × 0.06
    // $1.5 since 2026-04-01 (it was $3 before)
    expect(total(calculate({ ...global, kind: 'voice', voiceOperation: 'clone', count: '2' }))).toBe('USD 3');
    expect(calculate({ ...initialInput, kind: 'lyrics' })).toEqual({ state: 'unpriced' });
  });
});
