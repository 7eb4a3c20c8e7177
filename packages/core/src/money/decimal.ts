import { stringArgument, wrongArgument } from '../errors/check-argument.js';

/** An exact decimal number: `units × 10^-scale`. Money in minimax-kit never touches floating point. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const decimalUse =
  'pass a Decimal such as parseDecimal("2.625") returns: { units: bigint, scale: whole number ≥ 0 }';

/** `value` when it is a `Decimal`; `InvalidUsageError` naming `field` otherwise. */
function decimalArgument(value: Decimal, field: string): Decimal {
  if (typeof value?.units !== 'bigint' || !Number.isSafeInteger(value.scale) || value.scale < 0)
    wrongArgument(field, value, decimalUse);
  return value;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Whether `text` is a plain decimal such as `"2.625"` or `"-0.5"` (no exponent, no grouping). */
export function isDecimalString(text: string): boolean {
  return typeof text === 'string' && decimalPattern.test(text);
}

const parsed = new Map<string, Decimal>();

/** Parses a plain decimal string exactly. Throws a `RangeError` on anything else. */
export function parseDecimal(text: string): Decimal {
  let value = parsed.get(stringArgument(text, 'text', 'pass a decimal string such as "2.625"'));
  if (value) return value;
  const match = decimalPattern.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a plain decimal number such as "2.625".`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  value = Object.freeze({ units: BigInt(`${sign}${whole}${fraction}`), scale: fraction.length });
  // Prices repeat; keep a bounded cache of them.
  if (parsed.size < 1024) parsed.set(text, value);
  return value;
}

/** Formats exactly, without trailing zeros: `{ units: 41475n, scale: 4 }` → `"4.1475"`. */
export function formatDecimal(value: Decimal): string {
  const { units, scale } = decimalArgument(value, 'value');
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  const sign = negative ? '-' : '';
  if (scale === 0) return `${sign}${digits}`;
  const padded = digits.padStart(scale + 1, '0');
  const fraction = padded.slice(-scale).replace(/0+$/, '');
  const whole = padded.slice(0, -scale);
  return fraction ? `${sign}${whole}.${fraction}` : whole === '0' ? '0' : `${sign}${whole}`;
}

const powers: bigint[] = [1n];
function pow10(exponent: number): bigint {
  for (let n = powers.length; n <= exponent; n++) powers.push((powers[n - 1] as bigint) * 10n);
  return powers[exponent] as bigint;
}

function rescale(value: Decimal, scale: number): bigint {
  return scale === value.scale ? value.units : value.units * pow10(scale - value.scale);
}

/** The exact sum of decimals (zero for none). */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  if (typeof (values as Partial<Iterable<Decimal>> | null)?.[Symbol.iterator] !== 'function')
    wrongArgument('values', values, 'pass an array (or another iterable) of Decimals');
  let total: Decimal = { units: 0n, scale: 0 };
  for (const value of values) {
    decimalArgument(value, 'values[]');
    const scale = Math.max(total.scale, value.scale);
    total = { units: rescale(total, scale) + rescale(value, scale), scale };
  }
  return total;
}

/** `price × quantity / 10^perExponent`, exactly: the amount for `quantity` units priced per `10^perExponent`. */
export function priceTimes(price: Decimal, quantity: number | bigint, perExponent: number): Decimal {
  return { units: price.units * BigInt(quantity), scale: price.scale + perExponent };
}

/** Compares two decimals: negative, zero or positive like `Array.prototype.sort` expects. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  decimalArgument(a, 'a');
  decimalArgument(b, 'b');
  const scale = Math.max(a.scale, b.scale);
  const difference = rescale(a, scale) - rescale(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Adds two decimal strings exactly: `addDecimalStrings("0.1", "0.2")` → `"0.3"`. */
export function addDecimalStrings(...values: string[]): string {
  return formatDecimal(sumDecimals(values.map(parseDecimal)));
}

/** The exact product of two decimals. */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  decimalArgument(a, 'a');
  decimalArgument(b, 'b');
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** `a − b`, exactly. */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return sumDecimals([decimalArgument(a, 'a'), { units: -decimalArgument(b, 'b').units, scale: b.scale }]);
}

/**
 * `value × numerator / denominator`, rounded up (towards +∞) to `scale` decimal places: a share of an amount that may not be a finite decimal (a seventh of a week).
 * Rounding up keeps a cost estimate from ever understating.
 */
export function shareOfDecimal(value: Decimal, numerator: bigint, denominator: bigint, scale = 9): Decimal {
  decimalArgument(value, 'value');
  if (typeof numerator !== 'bigint') wrongArgument('numerator', numerator, 'pass a bigint such as 1n');
  if (typeof denominator !== 'bigint') wrongArgument('denominator', denominator, 'pass a bigint above 0n');
  if (!Number.isSafeInteger(scale) || scale < 0) wrongArgument('scale', scale, 'use a whole number ≥ 0');
  if (denominator <= 0n) throw new RangeError('The denominator of a share must be above 0.');
  const wide = value.units * numerator * pow10(Math.max(0, scale - value.scale));
  const divisor = denominator * pow10(Math.max(0, value.scale - scale));
  const quotient = wide / divisor;
  const units = wide % divisor > 0n ? quotient + 1n : quotient;
  return { units, scale };
}
