import { AISDKError } from '@ai-sdk/provider';
import type { BudgetExceededError, BudgetRefusal } from '@minimax-kit/limiter';

const name = 'AI_MiniMaxBudgetError';
// The AI SDK recognises its errors by a global symbol, not by class: two copies of a package agree.
const marker = Symbol.for(`vercel.ai.error.${name}`);

/**
 * A budget of the limiter has no room for the call's worst-case cost: nothing was sent. An
 * `AISDKError`, so `generateText` and `streamText` hand it on as they hand on a provider's errors;
 * never retried by the AI SDK (`isRetryable: false`): waiting is the budget's `onExceed: 'wait'`.
 * `cause` is the limiter's `BudgetExceededError`; `refusal` says which budget and when it may fit.
 */
export class MiniMaxBudgetError extends AISDKError {
  readonly code = 'BUDGET_EXCEEDED';
  readonly isRetryable = false;
  /** Which budget refused, what it holds and the call's worst case, in exact decimal strings. */
  readonly refusal: BudgetRefusal;
  /** When the call could fit if nothing else changes; `Infinity` when its worst case alone exceeds the budget. */
  readonly retryAfterMs: number;
  /** The model the call was for. */
  readonly model: string;
  /** What `isInstance` looks for. */
  readonly [marker] = true;

  constructor(cause: BudgetExceededError, model: string) {
    super({ name, message: cause.message, cause });
    const { budget, key, currency, amount, spent, reserved, requested, retryAfterMs } = cause;
    this.refusal = { budget, key, currency, amount, spent, reserved, requested, retryAfterMs };
    this.retryAfterMs = retryAfterMs;
    this.model = model;
  }

  /** Whether `error` is a `MiniMaxBudgetError` (of any installed copy of this package). */
  static override isInstance(error: unknown): error is MiniMaxBudgetError {
    return AISDKError.hasMarker(error, `vercel.ai.error.${name}`);
  }
}
