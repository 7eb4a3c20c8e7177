import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimalStrings,
  compareDecimals,
  formatDecimal,
  isDecimalString,
  parseDecimal,
  priceTimes,
  shareOfDecimal,
  subtractDecimals,
  sumDecimals,
} from './decimal.js';

describe('decimal', () => {
  it('parses and formats exactly, without trailing zeros', () => {
    expect(parseDecimal('2.625')).toEqual({ units: 2625n, scale: 3 });
    expect(formatDecimal(parseDecimal('2.00'))).toBe('2');
    expect(formatDecimal(parseDecimal('0.0250'))).toBe('0.025');
    expect(formatDecimal({ units: -5n, scale: 3 })).toBe('-0.005');
    expect(formatDecimal({ units: 0n, scale: 9 })).toBe('0');
  });

  it('rejects anything but a plain decimal', () => {
    for (const bad of ['1e3', '1,000', '.5', '5.', ' 1', 'NaN', '']) {
      expect(isDecimalString(bad)).toBe(false);
      expect(() => parseDecimal(bad)).toThrow(RangeError);
    }
  });

  it('adds where floating point cannot', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimalStrings('0.1', '0.2')).toBe('0.3');
    expect(addDecimalStrings()).toBe('0');
    expect(formatDecimal(sumDecimals([parseDecimal('2.1'), parseDecimal('0.0000021')]))).toBe('2.1000021');
  });

  it('prices a quantity per a power of ten', () => {
    // 2.1 per 1,000,000 tokens × 1 token = 0.0000021
    expect(formatDecimal(priceTimes(parseDecimal('2.1'), 1, 6))).toBe('0.0000021');
    expect(formatDecimal(priceTimes(parseDecimal('3.5'), 34, 4))).toBe('0.0119');
  });

  it('round-trips any decimal exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 24 }),
        (units, scale) => {
          const text = formatDecimal({ units, scale });
          expect(formatDecimal(parseDecimal(text))).toBe(text);
          expect(compareDecimals(parseDecimal(text), { units, scale })).toBe(0);
        },
      ),
    );
  });

  it('orders decimals of any scale', () => {
    expect(compareDecimals(parseDecimal('0.10'), parseDecimal('0.1'))).toBe(0);
    expect(compareDecimals(parseDecimal('0.09'), parseDecimal('0.1'))).toBe(-1);
    expect(compareDecimals(parseDecimal('2'), parseDecimal('1.999'))).toBe(1);
  });

  it('takes exact shares, rounded up at the scale asked', () => {
    expect(formatDecimal(shareOfDecimal(parseDecimal('20.16'), 291_000n, 336_000n))).toBe('17.46');
    expect(formatDecimal(shareOfDecimal(parseDecimal('1'), 1n, 3n, 4))).toBe('0.3334');
    expect(formatDecimal(shareOfDecimal(parseDecimal('-1'), 1n, 3n, 4))).toBe('-0.3333');
    expect(formatDecimal(shareOfDecimal(parseDecimal('0.123456789123'), 1n, 1n, 9))).toBe('0.12345679');
    expect(() => shareOfDecimal(parseDecimal('1'), 1n, 0n)).toThrow(RangeError);
  });

  it('subtracts exactly', () => {
    expect(formatDecimal(subtractDecimals(parseDecimal('55'), parseDecimal('22.5')))).toBe('32.5');
  });
});
