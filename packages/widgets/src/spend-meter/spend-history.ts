import {
  compareDecimals,
  type Decimal,
  parseDecimal,
  shareOfDecimal,
  subtractDecimals,
  sumDecimals,
} from '@minimax-kit/core';
import { type BudgetUsage, periodMs } from './budget-usage.js';

type Sample = [time: number, spent: Decimal];

const hour = 3_600_000n;
const zero: Decimal = { units: 0n, scale: 0 };
const positive = (value: Decimal) => value.units > 0n;

/** Decimal places kept by burn rates and projections (rounded up, so neither understates). */
export const rateScale = 6;

/**
 * The spend of each budget over time, from the values it is given: the burn rate is what was spent
 * per hour over the last `span` ms. Only rises count — a rolling window forgetting old spend, or a
 * calendar period starting over, lowers `spent` without anything being refunded.
 */
export class SpendHistory {
  readonly #samples = new Map<string, Sample[]>();

  /** Records the budgets as of `time`; older or equal times than the last are ignored. */
  add(budgets: readonly BudgetUsage[], time: number, span: number): void {
    for (const budget of budgets) {
      const samples = this.#samples.get(budget.id) ?? [];
      const last = samples[samples.length - 1];
      if (last && time <= last[0]) continue;
      const spent = parseDecimal(budget.spent);
      const before = samples[samples.length - 2];
      // A run of equal values needs only its first and last sample.
      if (last && before && compareDecimals(last[1], spent) === 0 && compareDecimals(before[1], spent) === 0)
        samples.pop();
      samples.push([time, spent]);
      while (samples.length > 2 && time - (samples[1] as Sample)[0] >= span) samples.shift();
      this.#samples.set(budget.id, samples);
    }
  }

  /** Spend per hour over the samples kept, exact to `rateScale` places; undefined before two samples. */
  perHour(id: string): Decimal | undefined {
    const samples = this.#samples.get(id) ?? [];
    const first = samples[0];
    const last = samples[samples.length - 1];
    if (!first || !last || last[0] <= first[0]) return undefined;
    const rises = samples.slice(1).map(([, spent], i) => {
      const step = subtractDecimals(spent, (samples[i] as Sample)[1]);
      return positive(step) ? step : zero;
    });
    // A store's clock may have fractions of a millisecond (`performance.now()`).
    return shareOfDecimal(
      sumDecimals(rises),
      hour,
      BigInt(Math.max(1, Math.round(last[0] - first[0]))),
      rateScale,
    );
  }

  /** When the latest sample of a budget was taken. */
  latest(id: string): number | undefined {
    return this.#samples.get(id)?.at(-1)?.[0];
  }
}

/**
 * What a budget will have spent by its period's end at `perHour`: for a calendar period, what is
 * spent now plus the rate until `resetsAt`; for a rolling window, the rate over the whole window.
 */
export function projectSpend(budget: BudgetUsage, perHour: Decimal, now: number): Decimal | undefined {
  if (!budget.calendar) return shareOfDecimal(perHour, BigInt(periodMs[budget.per]), hour, rateScale);
  if (budget.resetsAt === undefined) return undefined;
  const left = BigInt(Math.max(0, Math.round(budget.resetsAt - now)));
  return sumDecimals([parseDecimal(budget.spent), shareOfDecimal(perHour, left, hour, rateScale)]);
}
