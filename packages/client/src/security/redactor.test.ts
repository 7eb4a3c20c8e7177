import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';

const key = 'sk-api-Zq8vL1mN5pR2tX9wY4cB7dF0gH3jK6';

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
});
