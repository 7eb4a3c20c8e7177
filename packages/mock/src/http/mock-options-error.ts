/** A caller's value as an error message may show it: short, and never dumped whole. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 60)}… (${value.length} characters)` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  if (value === null) return 'null';
  if (value instanceof RegExp) return 'a RegExp';
  return Array.isArray(value) ? `an array of ${value.length}` : `a ${typeof value}`;
}

/** What a value is, without showing it: for where a string may be an API key. */
export function kindOf(value: unknown): string {
  return typeof value === 'string' ? 'a string' : quote(value);
}

/**
 * An option of `createMockMiniMax` (or a rule given to `mock.inject`) the mock cannot work with.
 * Thrown when the mock is created or the rule injected, never while answering.
 */
export class MockOptionsError extends Error {
  readonly code = 'MOCK_OPTIONS';
  /** Which option, e.g. `seed`, `limits.text:MiniMax-M2.rpm` or `inject(rule).fault.type`. */
  readonly option: string;

  /** `problem` says what is wrong (`is NaN`); it never quotes an API key. */
  constructor(option: string, problem: string, expected: string) {
    super(`The mock option ${option} ${problem}: use ${expected}.`);
    this.name = 'MockOptionsError';
    this.option = option;
  }
}

/** Throws a `MockOptionsError` showing the value (never pass an API key here). */
export function badOption(option: string, value: unknown, expected: string): never {
  throw new MockOptionsError(option, `is ${quote(value)}`, expected);
}
