import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { limitFetch } from './limit-fetch.js';
import { limiterOfFetch } from './limiter-of-fetch.js';

describe('limiterOfFetch', () => {
  it('names the limiter of a fetch limitFetch or limiter.wrap made, and nothing for any other', () => {
    const limiter = createLimiter();
    const fetch = async () => new Response('{}');
    expect(limiterOfFetch(limitFetch(limiter, fetch))).toBe(limiter);
    expect(limiterOfFetch(limiter.wrap(fetch))).toBe(limiter);
    expect(limiterOfFetch(fetch)).toBeUndefined();
    expect(limiterOfFetch(undefined)).toBeUndefined();
    expect(limiterOfFetch('fetch')).toBeUndefined();
  });

  it('keeps the mark off the enumerable keys a caller might copy', () => {
    const wrapped = createLimiter().wrap(async () => new Response('{}'));
    expect(Object.keys(wrapped)).toEqual([]);
  });
});
