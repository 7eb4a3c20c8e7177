import { describe, expect, it } from 'vitest';
import { errorCodesSchema } from './error-code-schema.js';
import { errorCodeInfo, errorCodes } from './error-codes.js';
import { errorCodeOf, refusalLimits, refusalOf, tooManyRequests } from './refusals.js';

describe('error codes', () => {
  it('match their schema, once each', () => {
    expect(errorCodesSchema.safeParse(errorCodes).success).toBe(true);
    expect(new Set(errorCodes.map((info) => info.code)).size).toBe(errorCodes.length);
  });

  it('cover MiniMax’s whole table and the codes its clients handle', () => {
    const documented = [
      1000, 1001, 1002, 1004, 1008, 1024, 1026, 1027, 1033, 1039, 1041, 1042, 1043, 1044, 2013, 20132, 2037,
      2039, 2042, 2045, 2048, 2049, 2056,
    ];
    const elsewhere = [1013, 1028, 1030, 2038, 2061];
    for (const code of [...documented, ...elsewhere]) expect(errorCodeInfo(code), String(code)).toBeDefined();
  });

  it.each([
    [1002, 'rate-limit', true],
    [1039, 'rate-limit', true],
    [1041, 'rate-limit', true],
    [1004, 'auth', false],
    [2049, 'auth', false],
    [1008, 'balance', false],
    [2056, 'quota', false],
    [2061, 'quota', false],
    [1026, 'content', false],
    [2013, 'invalid-request', false],
    [1000, 'server', true],
    [1033, 'server', true],
  ] as const)('%i is a %s error, retryable: %s', (code, kind, retryable) => {
    expect(errorCodeInfo(code)).toMatchObject({ kind, retryable });
  });

  it('tells input from output content errors and speaks both languages', () => {
    expect(errorCodeInfo(1026)?.direction).toBe('input');
    expect(errorCodeInfo('1027')?.direction).toBe('output');
    for (const info of errorCodes) {
      expect(info.en.length).toBeGreaterThan(5);
      expect(info.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('knows nothing of undocumented codes', () => {
    expect(errorCodeInfo(9999)).toBeUndefined();
  });
});

describe('error codes on the compatible endpoints', () => {
  it.each([
    [1004, 401],
    [1002, 429],
    [2056, 429],
    [1008, 402],
    [1033, 500],
    [1026, 400],
    [2013, 400],
    [2061, 400],
  ])('%i answers HTTP %i', (code, status) => {
    expect(errorCodeInfo(code)?.httpStatus).toBe(status);
  });

  it('name the limit each refusal means', () => {
    const limits = Object.fromEntries(
      errorCodes.filter((info) => info.limit).map((info) => [info.code, info.limit]),
    );
    expect(limits).toEqual({
      1002: 'rpm',
      2045: 'rpm',
      1039: 'tpm',
      1041: 'conn',
      1028: 'plan',
      1030: 'plan',
      2056: 'plan',
    });
  });
});

describe('reading a refusal from an answer', () => {
  it('finds the code in base_resp, or at the end of a compatible message', () => {
    expect(errorCodeOf({ base_resp: { status_code: 1002, status_msg: 'rate limit' } })).toBe(1002);
    expect(errorCodeOf({ base_resp: { status_code: 0 } })).toBeUndefined();
    expect(errorCodeOf({ error: { message: 'rate limit exceeded (1002)' } })).toBe(1002);
    expect(errorCodeOf({ error: { message: 'no code here' } })).toBeUndefined();
    expect(errorCodeOf('(1002)')).toBeUndefined();
  });

  it('names the limit a code refuses on, and reads a bare HTTP 429 as requests per minute', () => {
    expect(refusalOf(429, { error: { message: 'rate limit exceeded (1002)' } })).toEqual({
      code: 1002,
      limit: 'rpm',
    });
    expect(refusalOf(200, { base_resp: { status_code: 1039 } })).toMatchObject({ limit: 'tpm' });
    expect(refusalOf(429, undefined)).toMatchObject({ limit: 'rpm' });
    expect(refusalOf(401, { base_resp: { status_code: 1004 } })).toEqual({ code: 1004 });
    expect(refusalOf(500, 'oops')).toEqual({});
  });

  it('reads the same limits as the error-code table, kept apart so that reading a refusal does not bundle the table', () => {
    const fromTable = errorCodes.filter((info) => info.limit).map((info) => [info.code, info.limit]);
    expect([...refusalLimits]).toEqual(fromTable);
    const bare = errorCodes.filter((info) => info.httpStatus === 429 && info.limit === 'rpm');
    expect(bare[0]?.code).toBe(tooManyRequests);
  });
});
