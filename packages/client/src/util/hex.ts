import { ValidationError } from '../errors/validation-error.js';

const values = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  values['0123456789abcdef'.charCodeAt(i)] = i;
  values['0123456789ABCDEF'.charCodeAt(i)] = i;
}

const broken = (message: string) => new ValidationError('response', [{ path: 'audio', message }]);

/**
 * Bytes of a hex string, without Node's Buffer (MiniMax sends audio as hex). Text that is not hex
 * fails with a `ValidationError` naming where.
 */
export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw broken(`hex has an odd number of digits (${hex.length})`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const high = values[hex.charCodeAt(i * 2)] ?? -1;
    const low = values[hex.charCodeAt(i * 2 + 1)] ?? -1;
    if (high < 0 || low < 0) throw broken(`hex has a character that is not a hex digit near offset ${i * 2}`);
    out[i] = (high << 4) | low;
  }
  return out;
}

/** Joins byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
