import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExactJson, stringifyExactJson, unsafeIntegerOf } from './exact-json.js';

describe('parseExactJson', () => {
  it('keeps an id past 2^53 exact, however the number is spelled', () => {
    for (const spelling of [
      '9007199254740993',
      '9007199254740993.0',
      '9.007199254740993e15',
      '90071992547409930e-1',
    ])
      expect(parseExactJson(`{"task_id":${spelling}}`)).toEqual({ task_id: '9007199254740993' });
    expect(parseExactJson('{"ids":[-9007199254740993, 1e20]}')).toEqual({
      ids: ['-9007199254740993', '100000000000000000000'],
    });
  });

  it('leaves safe integers, fractions and huge non-integers as numbers', () => {
    expect(parseExactJson('{"a":9007199254740991,"b":1234567890123456.5,"c":1e999,"d":0.5e1}')).toEqual({
      a: 9007199254740991,
      b: 1234567890123456.5,
      c: Number.POSITIVE_INFINITY,
      d: 5,
    });
  });

  it('never touches digits inside strings, escaped quotes included', () => {
    const text = '{"content":"[12345678901234567890] \\" 99999999999999999999, e5","n":12345678901234567890}';
    expect(parseExactJson(text)).toEqual({
      content: '[12345678901234567890] " 99999999999999999999, e5',
      n: '12345678901234567890',
    });
  });

  it('finds strings by their closing quote, after any run of backslashes', () => {
    const text = '{"a":"\\\\","b":"\\"x\\\\\\"","n":9007199254740993,"c":"9007199254740993"}';
    expect(parseExactJson(text)).toEqual({ ...JSON.parse(text), n: '9007199254740993' });
  });

  it('agrees with JSON.parse beside an unsafe integer, whatever the strings hold', () => {
    const safe = (_key: string, item: unknown) =>
      typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item) ? 0 : item;
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const json = `{"v":${JSON.stringify(value, safe) ?? 'null'},"s":${JSON.stringify(text)},"id":12345678901234567890}`;
        expect(parseExactJson(json)).toEqual({ ...JSON.parse(json), id: '12345678901234567890' });
      }),
    );
  });

  it('reports malformed JSON as JSON.parse does', () => {
    expect(() => parseExactJson('{"a":12345678901234567890')).toThrow(SyntaxError);
  });

  it('agrees with JSON.parse on any JSON without unsafe integers', () => {
    const safe = (_key: string, item: unknown) =>
      typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item) ? 0 : item;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, safe);
        expect(parseExactJson(text)).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe('unsafeIntegerOf', () => {
  it('is undefined for what a double holds exactly or for what is no integer', () => {
    expect(unsafeIntegerOf('9007199254740991')).toBeUndefined();
    expect(unsafeIntegerOf('1.5')).toBeUndefined();
    expect(unsafeIntegerOf('1e-400')).toBeUndefined();
    expect(unsafeIntegerOf('1e401')).toBeUndefined();
    expect(unsafeIntegerOf('12345678901234567890.0001')).toBeUndefined();
  });
});

describe('stringifyExactJson', () => {
  it('writes bigints bare and round-trips through parseExactJson', () => {
    const text = stringifyExactJson({ file_id: 9007199254740993n, name: 'x' });
    expect(text).toBe('{"file_id":9007199254740993,"name":"x"}');
    expect(parseExactJson(text)).toEqual({ file_id: '9007199254740993', name: 'x' });
  });

  it('leaves strings that look like its marks alone', () => {
    const text = stringifyExactJson({ a: 1n, note: '\u0000x:0' });
    expect(JSON.parse(text)).toEqual({ a: 1, note: '\u0000x:0' });
  });
});
