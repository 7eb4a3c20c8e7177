import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { balanceOf, expectCharged, expectSettled, startMock } from './__fixtures__/mock-run.js';
import { type AiSdk, cells, type Provider, type Target } from './__fixtures__/sdks.js';
import { minimaxKitMiddleware } from './minimax-kit-middleware.js';
import type { CallReport } from './settle/call-report.js';

type Wrappable = Parameters<AiSdk['wrapLanguageModel']>[0]['model'];

const wrap = (
  ai: AiSdk,
  provider: Provider,
  target: Target,
  limiter = createLimiter({ region: 'global' }),
) => ({
  limiter,
  model: ai.wrapLanguageModel({
    model: provider.model(target, 'MiniMax-M2') as Wrappable,
    middleware: minimaxKitMiddleware({ limiter }),
  }),
});

const reportOf = (metadata: unknown) => (metadata as { minimaxKit?: CallReport } | undefined)?.minimaxKit;

describe.each(cells)('$name', ({ major: { sdk: ai }, provider }) => {
  it('generate: holds the call to its real demand, settles to its usage, reports its exact cost', async () => {
    const { mock, target } = startMock();
    const { limiter, model } = wrap(ai, provider, target);
    const before = balanceOf(mock);
    const result = await ai.generateText({ model, prompt: 'Hello', maxRetries: 0 });
    expect(result.text.length).toBeGreaterThan(0);
    const report = reportOf(result.providerMetadata);
    expect(report?.model).toBe('MiniMax-M2');
    expect(report?.cost.priced).toBe(true);
    if (!report?.cost.priced) return;
    expect(report.cost.currency).toBe('USD');
    expectCharged(before, balanceOf(mock), report.cost.total);
    expectSettled(limiter, mock);
    const rpm = limiter.snapshot().dimensions['rpm:text:MiniMax-M2'];
    expect(report.remaining['rpm:text:MiniMax-M2']).toBe((rpm?.limit ?? 0) - 1);
    expect(report.waitedMs).toBeGreaterThanOrEqual(0);
  });

  it('stream: settles when the finish part passes, with the report on it', async () => {
    const { mock, target } = startMock();
    const { limiter, model } = wrap(ai, provider, target);
    const before = balanceOf(mock);
    const result = ai.streamText({ model, prompt: 'Hi', maxRetries: 0 });
    let streamed = '';
    for await (const delta of result.textStream) streamed += delta;
    expect(streamed.length).toBeGreaterThan(0);
    const report = reportOf(await result.providerMetadata);
    expect(report?.cost.priced).toBe(true);
    if (!report?.cost.priced) return;
    expectCharged(before, balanceOf(mock), report.cost.total);
    expectSettled(limiter, mock);
  });
});
