import { AISDKError, APICallError } from '@ai-sdk/provider';
import { BudgetExceededError, createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { mockKey, startMock } from '../__fixtures__/mock-run.js';
import { cells } from '../__fixtures__/sdks.js';
import { rejection, wrapModel } from '../__fixtures__/wrap.js';
import { MiniMaxBudgetError } from './minimax-budget-error.js';

// A budget no call fits: its worst case alone is more than the whole amount.
const tiny = () =>
  createLimiter({
    region: 'global',
    budgets: [{ id: 'daily', amount: '0.000001', currency: 'USD', per: 'day' }],
  });

const expectRefusal = (error: unknown) => {
  expect(MiniMaxBudgetError.isInstance(error)).toBe(true);
  expect(AISDKError.isInstance(error)).toBe(true);
  expect(APICallError.isInstance(error)).toBe(false);
  const refusal = error as MiniMaxBudgetError;
  expect(refusal).toMatchObject({
    name: 'AI_MiniMaxBudgetError',
    code: 'BUDGET_EXCEEDED',
    isRetryable: false,
  });
  expect(refusal.cause).toBeInstanceOf(BudgetExceededError);
  expect(refusal.refusal).toMatchObject({ budget: 'daily', currency: 'USD', amount: '0.000001' });
  expect(refusal.message).not.toContain(mockKey);
  return refusal;
};

describe.each(cells)('$name: a budget without room', ({ major: { sdk: ai }, provider }) => {
  it('generate: throws MiniMaxBudgetError, not retried, and sends nothing', async () => {
    const { mock, target } = startMock();
    const error = await rejection(
      ai.generateText({ model: wrapModel(ai, provider, target, tiny()), prompt: 'Hello', maxRetries: 2 }),
    );
    expect(expectRefusal(error).retryAfterMs).toBe(Number.POSITIVE_INFINITY);
    expect(mock.state.log).toEqual([]);
  });

  it('stream: the stream carries MiniMaxBudgetError (and onError gets it), and sends nothing', async () => {
    const { mock, target } = startMock();
    const seen: unknown[] = [];
    const result = ai.streamText({
      model: wrapModel(ai, provider, target, tiny()),
      prompt: 'Hello',
      maxRetries: 2,
      onError: ({ error }) => {
        seen.push(error);
      },
    });
    const errors: unknown[] = [];
    for await (const part of result.fullStream) if (part.type === 'error') errors.push(part.error);
    expect(errors).toHaveLength(1);
    expectRefusal(errors[0]);
    expect(seen).toEqual(errors);
    expect(mock.state.log).toEqual([]);
  });
});

describe('MiniMaxBudgetError', () => {
  it('says when the call may fit once calls in flight have settled', async () => {
    const { mock, target } = startMock();
    const limiter = createLimiter({
      region: 'global',
      budgets: [{ id: 'hourly', amount: '0.01', currency: 'USD', per: 'hour' }],
    });
    // Another call holds most of the budget at its worst case.
    const held = await limiter.acquire({
      scope: 'text:MiniMax-M2',
      cost: { amount: '0.0095', currency: 'USD' },
    });
    const [cell] = cells;
    if (!cell) throw new Error('no cells');
    const { sdk: ai } = cell.major;
    const error = await rejection(
      ai.generateText({
        model: wrapModel(ai, cell.provider, target, limiter),
        prompt: 'Hello',
        maxRetries: 0,
      }),
    );
    const refusal = error as MiniMaxBudgetError;
    expect(MiniMaxBudgetError.isInstance(refusal)).toBe(true);
    expect(refusal.refusal).toMatchObject({ budget: 'hourly', reserved: '0.0095' });
    expect(Number.isFinite(refusal.retryAfterMs)).toBe(true);
    expect(refusal.model).toBe('MiniMax-M2');
    expect(mock.state.log).toEqual([]);
    await held.release();
  });

  it('is recognised by a marker, not by class: another copy of the package recognises it', () => {
    const cause = new BudgetExceededError({
      budget: 'b',
      key: 'default',
      currency: 'USD',
      amount: '1',
      spent: '1',
      reserved: '0',
      requested: '0.1',
      retryAfterMs: 5,
    });
    const copy = { ...new MiniMaxBudgetError(cause, 'MiniMax-M2') };
    expect(MiniMaxBudgetError.isInstance(copy)).toBe(true);
    expect(MiniMaxBudgetError.isInstance(new Error('x'))).toBe(false);
  });
});
