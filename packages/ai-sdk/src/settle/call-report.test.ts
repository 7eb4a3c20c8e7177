import { createLimiter } from '@minimax-kit/limiter';
import { createMockMiniMax } from '@minimax-kit/mock';
import { describe, expect, it } from 'vitest';
import { startMock } from '../__fixtures__/mock-run.js';
import type { Fetch } from '../__fixtures__/sdks.js';
import { ai7, reportOf, wrapModel } from '../__fixtures__/wrap.js';

describe('providerMetadata.minimaxKit', () => {
  it('reports the Token Plan requests drawn and what is left of the window', async () => {
    const mock = createMockMiniMax({ seed: 1, sleep: async () => {} });
    const target = { url: 'https://api.minimax.io', key: 'sk-cp-mock', fetch: mock.fetch as Fetch };
    const limiter = createLimiter({ region: 'global', plan: { windowRequests: 100, weeklyRequests: 1000 } });
    const { ai, provider } = ai7('minimax');
    const model = wrapModel(ai, provider, target, limiter, { modelId: 'MiniMax-M2.7' });
    const result = await ai.generateText({ model, prompt: 'Hello', maxRetries: 0 });
    const report = reportOf(result.providerMetadata);
    expect(report?.planRequests).toBe(1);
    expect(report?.remaining).toMatchObject({ 'plan:window': 99, 'plan:week': 999 });
  });

  it('reports no plan draw for a pay-as-you-go key (plan: false)', async () => {
    const { target } = startMock();
    const limiter = createLimiter({ region: 'global', plan: { windowRequests: 100 } });
    const { ai, provider } = ai7();
    const model = wrapModel(ai, provider, target, limiter, { modelId: 'MiniMax-M2.7', plan: false });
    const report = reportOf((await ai.generateText({ model, prompt: 'Hello' })).providerMetadata);
    expect(report?.planRequests).toBeUndefined();
    expect(report?.remaining['plan:window']).toBeUndefined();
  });

  it('reports the budgets of the call’s tenant, settled to its exact cost', async () => {
    const { target } = startMock();
    const limiter = createLimiter({
      region: 'global',
      budgets: [{ id: 'daily', amount: '5', currency: 'USD', per: 'day' }],
    });
    const { ai, provider } = ai7('anthropic');
    const result = await ai.generateText({
      model: wrapModel(ai, provider, target, limiter, { tenant: 'shared' }),
      prompt: 'Hello',
      providerOptions: { minimaxKit: { tenant: 'team-a' } },
    });
    const report = reportOf(result.providerMetadata);
    if (!report?.cost.priced) throw new Error('unpriced');
    expect(report.budgets).toEqual([
      expect.objectContaining({ id: 'daily', key: 'team-a', spent: report.cost.total, reserved: '0' }),
    ]);
    expect(limiter.snapshot().budgets.find((budget) => budget.key === 'shared')?.spent ?? '0').toBe('0');
  });
});
