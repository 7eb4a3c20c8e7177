// MiniMax writes int64 ids (task_id, file_id …) as bare JSON numbers. Past 2^53 a double cannot
// hold them, so JSON.parse would hand back a different id. These two functions keep them exact:
// on the way in an integer literal beyond the safe range becomes its exact decimal string,
// however it is spelled (`9007199254740993`, `9007199254740993.0`, `9.007199254740993e15`); on the
// way out a bigint is written as a bare integer.

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

/** Long digit runs or exponents: the only texts that can hold an integer a double would round. */
const mayHoldUnsafe = /\d{16}|\d[eE]/;

/**
 * `JSON.parse` that keeps every integer beyond ±2^53 − 1 exact, as its decimal string (MiniMax's
 * int64 ids). Linear in the text; strings (message text included) are never touched.
 */
export function parseExactJson(text: string): unknown {
  if (!mayHoldUnsafe.test(text)) return JSON.parse(text);
  let out = '';
  let copied = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === backslash) i++;
      else if (code === quote) inString = false;
      continue;
    }
    if (code === quote) {
      inString = true;
      continue;
    }
    if (!isNumberStart(code)) continue;
    let end = i + 1;
    while (end < text.length && isNumberPart(text.charCodeAt(end))) end++;
    const exact =
      end - i >= 16 || /[eE]/.test(text.slice(i, end)) ? unsafeIntegerOf(text.slice(i, end)) : undefined;
    if (exact !== undefined) {
      out += `${text.slice(copied, i)}"${exact}"`;
      copied = end;
    }
    i = end - 1;
  }
  return JSON.parse(copied === 0 ? text : out + text.slice(copied));
}

/** `JSON.stringify` that writes bigints as bare integers, the way MiniMax reads int64 ids. */
export function stringifyExactJson(value: unknown): string {
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
