import { formatDecimal, parseDecimal } from '@minimax-kit/core';

/**
 * Budgets count money in integer sub-units of 10⁻⁹ of the currency (nano-dollars, nano-yuan). The
 * finest step of every catalog price per unit is 10⁻⁹ (a cache write at 0.375 USD or 2.625 CNY per
 * million tokens, a priority cache read at 1.5 × 0.06 per million), so any bill of catalog prices is
 * a whole number of them, and every store (Redis's Lua included) adds them exactly as integers.
 */
export const subUnitDigits = 9;

/** The largest budget amount, in sub-units: one million of the currency, 9× below 2⁵³, so sums stay exact. */
export const maxBudgetSubUnits = 1_000_000 * 10 ** subUnitDigits;

/**
 * A plain decimal string (`"4.1475"`) in sub-units, rounded up: a price finer than a sub-unit (a
 * loaded catalog's) is reserved and spent a little high, never low. Throws a `RangeError` on
 * anything but a plain decimal.
 */
export function toSubUnits(amount: string): number {
  const { units, scale } = parseDecimal(amount);
  if (scale <= subUnitDigits) return Number(units * 10n ** BigInt(subUnitDigits - scale));
  const divisor = 10n ** BigInt(scale - subUnitDigits);
  const whole = units / divisor;
  return Number(units % divisor > 0n ? whole + 1n : whole);
}

/** Sub-units as an exact decimal string of the currency: 1_500_000_000 → `"1.5"`. */
export function fromSubUnits(subUnits: number): string {
  return formatDecimal({ units: BigInt(Math.round(subUnits)), scale: subUnitDigits });
}

/** Whether `subUnits` is an amount the budget stores can add exactly (a safe integer ≥ 0). */
export const isSubUnitCount = (subUnits: number): boolean => Number.isSafeInteger(subUnits) && subUnits >= 0;
