import { ConfigurationError } from '../errors/configuration-error.js';

// A key goes into a header: visible ASCII only. Anything else is a loading mistake (a line break
// from a file, a NUL) or an injection attempt, and the platform would throw with the key in view.
const unfit = /[^\x21-\x7e]/;

function describe(char: string): string {
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\0') return 'a NUL character';
  if (/\s/.test(char)) return 'whitespace';
  const code = char.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return 'a control character';
  return 'a character outside visible ASCII';
}

/**
 * Checks a key before it is sent, and returns it. An empty, missing or malformed key fails with a
 * `ConfigurationError` that says what is wrong and where, and never shows the key.
 */
export function checkApiKey(key: unknown, source: string): string {
  if (typeof key !== 'string') {
    throw new ConfigurationError(
      `${source} gave ${key === undefined ? 'undefined' : `a ${typeof key}`}, not a key. Return the API key as a string.`,
    );
  }
  if (key === '') {
    throw new ConfigurationError(
      `${source} is empty. Pass the API key, or leave apiKey out and set baseURL to a proxy that adds it.`,
    );
  }
  const bad = unfit.exec(key);
  if (bad) {
    throw new ConfigurationError(
      `${source} contains ${describe(bad[0])} at position ${bad.index} of ${key.length}; a key is visible ASCII without spaces. Check how it was loaded (the key itself is not shown).`,
    );
  }
  return key;
}
