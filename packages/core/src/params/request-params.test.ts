import { describe, expect, it } from 'vitest';
import { endpoints } from '../endpoints/endpoints.js';
import { paramDefault, requestParam, requestParams } from './request-params.js';

describe('request parameter ranges', () => {
  it('name each parameter once, on an endpoint core knows', () => {
    const keys = requestParams.map((param) => `${param.path} ${param.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    const paths = new Set(endpoints.map((endpoint) => endpoint.path));
    for (const param of requestParams) expect(paths.has(param.path), param.path).toBe(true);
  });

  it('are sound: bounds in order, defaults within them', () => {
    for (const { path, field, rule } of requestParams) {
      const name = `${path} ${field}`;
      if (rule.kind === 'choice') {
        expect(rule.values.length, name).toBeGreaterThan(0);
        if (rule.default !== undefined) expect(rule.values, name).toContain(rule.default);
      } else if (rule.min !== undefined && rule.max !== undefined) {
        expect(rule.min, name).toBeLessThanOrEqual(rule.max);
      }
      if (rule.kind === 'number' && rule.default !== undefined) {
        expect(rule.default, name).toBeLessThanOrEqual(rule.max ?? Number.POSITIVE_INFINITY);
        expect(rule.default, name).toBeGreaterThanOrEqual(rule.min ?? rule.above ?? Number.NEGATIVE_INFINITY);
      }
    }
  });

  it('are looked up by endpoint and field', () => {
    expect(requestParam('/v1/t2a_v2', 'voice_setting.speed')).toEqual({
      kind: 'number',
      min: 0.5,
      max: 2,
      default: 1,
    });
    expect(requestParam('/v1/video_generation', 'resolution')).toMatchObject({ default: '768P' });
    expect(() => requestParam('/v1/t2a_v2', 'speed')).toThrow(/no parameter speed of \/v1\/t2a_v2/);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(requestParam('/v1/image_generation', 'n'))).toBe(true);
  });

  it('give MiniMax’s default of a parameter a request leaves out, and none for free text', () => {
    expect(paramDefault('/v1/video_generation', 'resolution')).toBe('768P');
    expect(paramDefault('/v1/video_generation', 'duration')).toBe(6);
    expect(paramDefault('/v1/video_generation', 'prompt')).toBeUndefined();
    expect(() => paramDefault('/v1/video_generation', 'fps')).toThrow(/no parameter fps/);
  });
});
