/**
 * A count and its English noun: `one` for exactly 1, `other` for every other count (0, 2, 1.5 …).
 * Takes the count as a number or as the English formatter writes it ("1", "1,000").
 */
export const englishCount = (n: number | string, one: string, other: string): string =>
  `${n} ${String(n) === '1' ? one : other}`;
