import { createAnthropic } from '@ai-sdk/anthropic';
import { createLimiter } from '@minimax-kit/limiter';
import { wrapLanguageModel } from 'ai';
import * as ai6 from 'ai6';
import { createAnthropic as createAnthropic6 } from 'ai6-anthropic';
import { describe, expect, it } from 'vitest';
import { expectSettled, startMock } from './__fixtures__/mock-run.js';
import { reportOf } from './__fixtures__/wrap.js';
import { RegionMismatchError } from './errors/region-mismatch-error.js';
import { minimaxKitMiddleware } from './minimax-kit-middleware.js';

// Type-checked as written, without casts: one middleware fits both majors' wrapLanguageModel.
describe('one middleware for ai 6 (spec v3) and ai 7 (spec v4)', () => {
  const limiter = createLimiter({ region: 'global' });
  const middleware = minimaxKitMiddleware({ limiter });

  it('is taken by both wrapLanguageModel, as their types say', () => {
    const v3 = ai6.wrapLanguageModel({ model: createAnthropic6({ apiKey: 'k' })('MiniMax-M2'), middleware });
    const v4 = wrapLanguageModel({ model: createAnthropic({ apiKey: 'k' })('MiniMax-M2'), middleware });
    expect([v3.specificationVersion, v4.specificationVersion]).toEqual(['v3', 'v4']);
  });

  it('reads an ai 6 provider’s model behind ai 7’s v3-to-v4 adapter', async () => {
    const { mock, target } = startMock();
    const provider = createAnthropic6({
      baseURL: `${target.url}/anthropic/v1`,
      apiKey: target.key,
      fetch: target.fetch,
    });
    const model = wrapLanguageModel({
      model: provider('MiniMax-M2'),
      middleware: minimaxKitMiddleware({ limiter }),
    });
    const { generateText } = await import('ai');
    const result = await generateText({ model, prompt: 'Hello', maxRetries: 0 });
    expect(reportOf(result.providerMetadata)?.cost.priced).toBe(true);
    expectSettled(limiter, mock);
    const cn = minimaxKitMiddleware({ limiter: createLimiter({ region: 'cn' }) });
    expect(() => wrapLanguageModel({ model: provider('MiniMax-M2'), middleware: cn })).toThrow(
      RegionMismatchError,
    );
  });
});
