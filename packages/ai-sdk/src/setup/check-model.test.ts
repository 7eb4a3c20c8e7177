import { PriceNotFoundError } from '@minimax-kit/core';
import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { mockKey, startMock } from '../__fixtures__/mock-run.js';
import { cells } from '../__fixtures__/sdks.js';
import { ai7, type Wrappable, wrapModel } from '../__fixtures__/wrap.js';
import { DoubleLimitError } from '../errors/double-limit-error.js';
import { RegionMismatchError } from '../errors/region-mismatch-error.js';
import { UnsupportedModelError } from '../errors/unsupported-model-error.js';
import { minimaxKitMiddleware } from '../minimax-kit-middleware.js';

const thrown = (make: () => unknown): unknown => {
  try {
    make();
  } catch (error) {
    return error;
  }
  throw new Error('Expected it to throw.');
};

// No error may carry the key, whatever it names.
const keyless = (error: unknown) => {
  expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(mockKey);
  return error;
};

describe.each(cells)('$name: wrapLanguageModel refuses', ({ major: { sdk: ai }, provider }) => {
  it('a model MiniMax does not serve, naming the ones it does', () => {
    const { mock, target } = startMock();
    const error = keyless(thrown(() => wrapModel(ai, provider, target, undefined, { modelId: 'gpt-4o' })));
    expect(error).toBeInstanceOf(UnsupportedModelError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_MODEL', reason: 'unknown', model: 'gpt-4o' });
    expect((error as UnsupportedModelError).validModels).toContain('MiniMax-M2');
    expect(mock.state.log).toEqual([]);
  });

  it('a provider pointed at another region than the limiter keeps', () => {
    const { target } = startMock();
    const limiter = createLimiter({ region: 'cn' });
    const error = keyless(thrown(() => wrapModel(ai, provider, target, limiter)));
    expect(error).toBeInstanceOf(RegionMismatchError);
    expect(error).toMatchObject({
      code: 'REGION_MISMATCH',
      providerRegion: 'global',
      limiterRegion: 'cn',
      origin: 'https://api.minimax.io',
    });
  });

  it('a provider whose fetch is limiter.wrap(fetch) already', () => {
    const { target } = startMock();
    const limiter = createLimiter({ region: 'global' });
    const error = keyless(
      thrown(() => wrapModel(ai, provider, { ...target, fetch: limiter.wrap(target.fetch) }, limiter)),
    );
    expect(error).toBeInstanceOf(DoubleLimitError);
    expect(error).toMatchObject({ code: 'DOUBLE_LIMITED' });
  });
});

describe('checking the model', () => {
  const { ai, provider } = ai7();

  it('accepts the providers’ own spelling of MiniMax ids and a host no region owns (a proxy)', () => {
    const { target } = startMock();
    expect(() =>
      wrapModel(ai, provider, { ...target, url: 'http://127.0.0.1:8787' }, undefined, {
        modelId: 'minimax-m2.7',
      }),
    ).not.toThrow();
  });

  it('sees the provider’s model when listed last among middlewares, as wrapLanguageModel applies them', () => {
    const middleware = [
      ai.extractReasoningMiddleware({ tagName: 'think' }),
      minimaxKitMiddleware({ limiter: createLimiter({ region: 'cn' }) }),
    ];
    const model = provider.model(startMock().target, 'MiniMax-M2') as Wrappable;
    expect(() => ai.wrapLanguageModel({ model, middleware })).toThrow(RegionMismatchError);
  });

  it('refuses a model only the native endpoint serves', () => {
    const error = thrown(() =>
      wrapModel(ai, provider, startMock().target, undefined, { modelId: 'MiniMax-M1' }),
    );
    expect(error).toMatchObject({ name: 'UnsupportedModelError', reason: 'native-only' });
  });

  it('refuses, when the limiter keeps budgets, a model without a price in its region', () => {
    const limiter = createLimiter({
      region: 'cn',
      budgets: [{ id: 'd', amount: '5', currency: 'CNY', per: 'day' }],
    });
    const target = { ...startMock().target, url: 'https://api.minimaxi.com' };
    const error = thrown(() => wrapModel(ai, provider, target, limiter, { modelId: 'M2-her' }));
    expect(error).toBeInstanceOf(PriceNotFoundError);
  });

  it('checks at the first call, before anything is sent, when the host never showed it the model', async () => {
    const middleware = minimaxKitMiddleware({ limiter: createLimiter({ region: 'global' }) });
    let sent = false;
    const model = { modelId: 'gpt-4o', provider: 'openai.chat', supportedUrls: {} };
    const call = middleware.wrapGenerate({
      doGenerate: async () => {
        sent = true;
        throw new Error('sent');
      },
      params: { prompt: [] },
      model,
    });
    await expect(call).rejects.toBeInstanceOf(UnsupportedModelError);
    expect(sent).toBe(false);
  });
});
