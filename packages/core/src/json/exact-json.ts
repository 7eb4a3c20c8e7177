// MiniMax writes int64 ids (task_id, file_id …) as bare JSON numbers. Past 2^53 a double cannot
// hold them, so JSON.parse would hand back a different id. These two functions keep them exact:
// on the way in an integer literal beyond the safe range becomes its exact decimal string,
// however it is spelled (`9007199254740993`, `9007199254740993.0`, `9.007199254740993e15`); on the
// way out a bigint is written as a bare integer.

import { stringArgument } from '../errors/check-argument.js';

const quote = 34; // "
const backslash = 92; // \

function isNumberStart(code: number): boolean {
  return code === 45 || (code >= 48 && code <= 57); // - or a digit
}

function isNumberPart(code: number): boolean {
  // digits, + - . e E
  return (
    (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46 || code === 101 || code === 69
  );
}

const number = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * The exact integer a JSON number literal spells when it is an integer beyond ±2^53 − 1, as a
 * decimal string; `undefined` for every other literal (those parse exactly or are not ids).
 */
export function unsafeIntegerOf(literal: string): string | undefined {
  stringArgument(literal, 'literal', 'pass the text of a JSON number such as "9007199254740993"');
  const match = number.exec(literal);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  // A literal of 1e400 is no id; keep the work bounded.
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  let digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  let scale = exponent - fraction.length; // value = digits × 10^scale
  while (scale < 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale += 1;
  }
  if (scale < 0 || digits === '' || digits === '0') return undefined;
  const value = BigInt(digits) * 10n ** BigInt(scale);
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return sign + value.toString();
}

// A number JSON.parse could not hold exactly: an integer beyond ±2^53 − 1 (every double that far
// out is an integer, so a rounded id shows up here too).
const unsafe = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value);

// Whether a parsed value holds such a number: a walk over its values, never over the text, so a
// 10 MB string (hex audio, base64 images) costs one step.
function holdsUnsafe(value: unknown): boolean {
  if (unsafe(value)) return true;
  const stack: unknown[] = [value];
  // Plain loops, no arrays of values: this runs on every event of a stream.
  const visit = (child: unknown): boolean => {
    if (typeof child === 'object' && child !== null) stack.push(child);
    return unsafe(child);
  };
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) if (visit(item[i])) return true;
    } else {
      const record = item as Record<string, unknown>;
      for (const key in record) if (visit(record[key])) return true;
    }
  }
  return false;
}

// Where the string whose opening quote is before `from` closes: found by the platform's own search,
// a quote counting when an even run of backslashes precedes it (each run is looked at once).
function stringEnd(text: string, from: number): number {
  for (let at = text.indexOf('"', from); at >= 0; at = text.indexOf('"', at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === backslash) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return text.length; // unterminated: JSON.parse says so
}

// The text with every unsafe integer literal outside strings quoted as its exact decimal string.
function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) {
      i = stringEnd(text, i + 1);
      continue;
    }
    if (!isNumberStart(code)) continue;
    let end = i + 1;
    while (end < text.length && isNumberPart(text.charCodeAt(end))) end++;
    // Past 2^53 a literal has 16 digits or an exponent: shorter ones are no candidates.
    const literal = text.slice(i, end);
    const exact = end - i >= 16 || /[eE]/.test(literal) ? unsafeIntegerOf(literal) : undefined;
    if (exact !== undefined) {
      out += `${text.slice(copied, i)}"${exact}"`;
      copied = end;
    }
    i = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * `JSON.parse` that keeps every integer beyond ±2^53 − 1 exact, as its decimal string (MiniMax's
 * int64 ids). The platform parses first; only a value holding such a number is parsed again from
 * text whose unsafe literals are quoted — strings (message text, audio) are searched natively.
 */
export function parseExactJson(text: string): unknown {
  const value: unknown = JSON.parse(stringArgument(text, 'text', 'pass JSON text, a string'));
  return holdsUnsafe(value) ? JSON.parse(quoteUnsafeIntegers(text)) : value;
}

/** `JSON.stringify` that writes bigints as bare integers, the way MiniMax reads int64 ids. */
export function stringifyExactJson(value: unknown): string {
  // Without a bigint the platform's own, without a replacer called on every value.
  try {
    return JSON.stringify(value);
  } catch {
    // a bigint (or a cycle, which the replacer below fails on as well)
  }
  const longs: string[] = [];
  // A mark of this call only, so that no string of the value can pass for one.
  const nonce = Math.random().toString(36).slice(2);
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'bigint') return item;
    longs.push(item.toString());
    return `\u0000${nonce}:${longs.length - 1}`;
  });
  if (longs.length === 0) return text;
  const mark = new RegExp(`"\\\\u0000${nonce}:(\\d+)"`, 'g');
  return text.replace(mark, (_match, index: string) => longs[Number(index)] ?? '0');
}
