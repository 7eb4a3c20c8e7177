import type { Currency } from '@minimax-kit/core';

/** What a `BudgetExceededError` reports: money as exact decimal strings of the budget's currency. */
export interface BudgetRefusal {
  budget: string;
  key: string;
  currency: Currency;
  amount: string;
  spent: string;
  reserved: string;
  /** The call's worst-case cost, which did not fit. */
  requested: string;
  /** When it could fit if nothing else changes; `Infinity` when its worst case alone exceeds the amount. */
  retryAfterMs: number;
}

/**
 * A call's worst-case cost does not fit a budget whose `onExceed` is `reject` (or does not fit the
 * budget at all): thrown by `acquire` before anything is sent.
 */
export class BudgetExceededError extends Error {
  readonly code = 'BUDGET_EXCEEDED';
  readonly budget: string;
  readonly key: string;
  readonly currency: Currency;
  readonly amount: string;
  readonly spent: string;
  readonly reserved: string;
  readonly requested: string;
  readonly retryAfterMs: number;

  constructor(refusal: BudgetRefusal) {
    const { budget, key, currency, amount, spent, reserved, requested, retryAfterMs } = refusal;
    const never = !Number.isFinite(retryAfterMs);
    super(
      never
        ? `The call may cost up to ${requested} ${currency}, more than the whole budget "${budget}" (${amount} ${currency}): lower max_tokens, or raise the budget.`
        : `The budget "${budget}" of ${key} has ${amount} ${currency}: ${spent} spent and ${reserved} reserved leave no room for a call that may cost ${requested}. ` +
            `Try again in ${Math.ceil(retryAfterMs / 1000)} s, or use onExceed: "wait" to queue.`,
    );
    this.name = 'BudgetExceededError';
    this.budget = budget;
    this.key = key;
    this.currency = currency;
    this.amount = amount;
    this.spent = spent;
    this.reserved = reserved;
    this.requested = requested;
    this.retryAfterMs = retryAfterMs;
  }
}
