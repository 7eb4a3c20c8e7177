import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';

const key = 'sk-api-Zq8vL1mN5pR2tX9wY4cB7dF0gH3jK6';
const bracketsBesideMasks = (text: string) => text.replaceAll('[redacted]', '').replace(/[^[\]]/g, '');

describe('createRedactor', () => {
  it('replaces a remembered key in every form it can be echoed in', () => {
    const redact = createRedactor();
    redact.remember('0123456789abcdefghijklmnopqrstuvwxyz');
    const said = [
      'key 0123456789abcdefghijklmnopqrstuvwxyz rejected',
      'prefix 0123456789ab… only',
      'suffix …opqrstuvwxyz only',
    ].join('\n');
    expect(redact.text(said)).toBe(
      'key [redacted] rejected\nprefix [redacted]… only\nsuffix …[redacted] only',
    );
  });

  it('replaces what looks like a key even when it is not the configured one', () => {
    const redact = createRedactor();
    expect(redact.text(`got ${key}; Authorization: Bearer abc.def, and eyJhbGciOi.eyJzdWIi.sig`)).toBe(
      'got [redacted]; Authorization: Bearer [redacted], and [redacted]',
    );
    expect(redact.text('keys start with sk-api- or sk-cp-')).toBe('keys start with sk-api- or sk-cp-');
  });

  it('cleans an error, its properties and its causes in place', () => {
    const redact = createRedactor();
    redact.remember(key);
    const cause = new TypeError(`header value ${key} is invalid`);
    const error = Object.assign(new Error(`failed with ${key}`, { cause }), { body: `{"key":"${key}"}` });
    expect(redact.error(error)).toBe(error);
    const all = [error.message, error.stack, error.body, cause.message, cause.stack].join('\n');
    expect(all).not.toContain(key.slice(8, 20));
    expect(error.message).toBe('failed with [redacted]');
  });

  it('forgets the oldest of many keys, but never what looks like a key', () => {
    const redact = createRedactor();
    for (let i = 0; i < 20; i++) redact.remember(`custom-key-${String(i).padStart(4, '0')}`);
    expect(redact.text('custom-key-0019 custom-key-0000')).toBe('[redacted] custom-key-0000');
    expect(redact.text(key)).toBe('[redacted]');
  });

  it('masks a key after a Bearer exactly once, however often the text is redacted', () => {
    const probe = 'sk-PROBE-SECRET-123';
    for (const redact of [createRedactor(), createRedactor()]) {
      const said = `bad Bearer ${probe}, Bearer abc[x] and Bearer  ${key}`;
      const once = redact.text(said);
      expect(once).toBe('bad Bearer [redacted], Bearer [redacted][x] and Bearer [redacted]');
      expect(redact.text(redact.text(once))).toBe(once);
      redact.remember(probe);
      redact.remember(key);
    }
  });

  it('is exact and idempotent on any text built of keys, masks and Bearers', () => {
    const redact = createRedactor();
    redact.remember(key);
    redact.remember('custom-key-0001');
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(key, key.slice(0, 20), 'custom-key-0001', 'Bearer ', 'Bearer', ' ', '[redacted]'),
      fc.constantFrom('[', ']', 'sk-', 'eyJhbGciOiJIUzI1', '.', '"', 'redacted', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const once = redact.text(pieces.join(''));
        expect(redact.text(once)).toBe(once);
        expect(once).not.toContain(key.slice(8, 20));
        expect(once).not.toContain('custom-key-0001');
        // Exact: a mask replaces a key and nothing else, so the text around it keeps its brackets.
        expect(bracketsBesideMasks(once)).toBe(bracketsBesideMasks(pieces.join('')));
      }),
      { numRuns: 2000 },
    );
  });
});
