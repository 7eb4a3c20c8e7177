/**
 * What a refused value is, for an error message: a short word as it is (`"loud"`), anything else
 * only by its kind (`a string`, `a number`), since a misplaced value may be a secret.
 */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return /^[a-z]{1,12}$/i.test(value) ? JSON.stringify(value) : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
