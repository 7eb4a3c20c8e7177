import { createLimiter, type Limiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { startMock } from './__fixtures__/mock-run.js';
import { ai7, rejection, wrapModel } from './__fixtures__/wrap.js';
import { MiddlewareOptionsError } from './errors/middleware-options-error.js';
import { type MiniMaxKitMiddlewareOptions, minimaxKitMiddleware } from './index.js';

const limiter = createLimiter({ region: 'global' });

describe('minimaxKitMiddleware options', () => {
  it.each([
    ['limiter', { limiter: undefined as unknown as Limiter }],
    ['limiter', { limiter: {} as Limiter }],
    ['plan', { limiter, plan: 'turbo' as 'standard' }],
    ['defaultMaxOutputTokens', { limiter, defaultMaxOutputTokens: 0 }],
    ['defaultMaxOutputTokens', { limiter, defaultMaxOutputTokens: 1.5 }],
    ['tenant', { limiter, tenant: '' }],
    ['priority', { limiter, priority: Number.NaN }],
  ] satisfies [string, MiniMaxKitMiddlewareOptions][])('refuses a bad %s', (option, options) => {
    expect(() => minimaxKitMiddleware(options)).toThrow(MiddlewareOptionsError);
    try {
      minimaxKitMiddleware(options);
    } catch (error) {
      expect(error).toMatchObject({ code: 'MIDDLEWARE_OPTIONS', option });
      expect((error as Error).message).toMatch(/: use /);
    }
  });

  it('refuses a call’s bad providerOptions.minimaxKit before anything is sent', async () => {
    const { mock, target } = startMock();
    const { ai, provider } = ai7();
    const error = await rejection(
      ai.generateText({
        model: wrapModel(ai, provider, target),
        prompt: 'Hello',
        maxRetries: 0,
        providerOptions: { minimaxKit: { priority: 'high' } },
      }),
    );
    expect(error).toMatchObject({
      code: 'MIDDLEWARE_OPTIONS',
      option: 'providerOptions.minimaxKit.priority',
    });
    expect(mock.state.log).toEqual([]);
  });
});
