import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dimension } from '../state/dimension.js';
import { ClaimsAhead } from './claims-ahead.js';
import { preparedOf } from './prepared-draw.js';

// ClaimsAhead on its own, with a clock the test moves: Redis TIME is `clock`, at most `ahead` later.
describe('ClaimsAhead', () => {
  const window = (id: string, amount: number): Dimension => ({
    id,
    kind: 'window',
    limit: 1_000_000,
    amount,
    windowMs: 60_000,
    guardMs: 0,
    bucketMs: 0, // Redis buckets a minute in 100 ms
  });
  const draw = (tokens: number) => preparedOf(Object.freeze([window('rpm', 1), window('tpm', tokens)]));
  let clock = 0;
  let usable = true;
  let given: [string, string, number, number][] = [];
  const ahead = 2;
  const claims = () =>
    new ClaimsAhead({
      most: 1024,
      usable: () => usable,
      now: () => clock,
      latest: () => clock + ahead,
      giveBack: (key, d, at, amount) => given.push([key, d.id, at, amount]),
    });
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    clock = 1_000_000;
    usable = true;
    given = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('claims for a stream only, twice what the last claim served, at most `most`', () => {
    const c = claims();
    expect(c.wanted('k', draw(10))).toBe(0); // one decision is no stream
    clock += 50;
    expect(c.wanted('k', draw(10))).toBe(1);
    c.claimed('k', draw(10), 1, clock, c.epoch);
    expect(c.take('k', draw(10))).toBe(clock);
    expect(c.wanted('k', draw(10))).toBe(2);
    c.claimed('k', draw(10), 2, clock, c.epoch);
    c.take('k', draw(10));
    c.take('k', draw(10));
    expect(c.wanted('k', draw(10))).toBe(4);
    clock += 150; // more than a bucket since the last ask
    expect(c.wanted('k', draw(10))).toBe(0);
    const capped = new ClaimsAhead({
      most: 3,
      usable: () => true,
      now: () => clock,
      latest: () => clock,
      giveBack() {},
    });
    capped.wanted('k', draw(10));
    expect(capped.wanted('k', draw(10))).toBe(1);
    expect(
      c.wanted(
        'k',
        preparedOf(Object.freeze([window('rpm', 1), { ...window('week', 1), windowMs: 604_800_000 }])),
      ),
    ).toBe(0);
  });

  it('admits from a claim while it has room, Redis decides and its bucket lasts, at a time inside that bucket', () => {
    const c = claims();
    c.wanted('k', draw(10));
    clock = 1_000_010;
    c.claimed('k', draw(10), 3, 1_000_020, c.epoch); // the bucket 1,000,000 – 1,000,100, on Redis TIME
    expect(c.take('k', draw(10))).toBe(1_000_020); // never before the claim
    expect(c.take('k', draw(25))).toBeUndefined(); // 20 tokens left
    expect(c.unused('k', 'tpm')).toBe(20);
    expect(c.take('other', draw(10))).toBeUndefined();
    usable = false;
    expect(c.take('k', draw(10))).toBeUndefined();
    usable = true;
    clock = 1_000_097; // Redis may be at 1,000,099: still in the bucket
    expect(c.take('k', draw(10))).toBe(1_000_097);
    c.claimed('k', draw(10), 3, 1_000_097, c.epoch);
    clock = 1_000_098; // Redis may be at 1,000,100: the next bucket
    expect(c.take('k', draw(10))).toBeUndefined();
  });

  it('gives back what a claim left when its bucket ends, and what every claim left when dropped', () => {
    const c = claims();
    c.wanted('k', draw(10));
    c.claimed('k', draw(10), 4, clock, c.epoch);
    c.take('k', draw(10));
    // Its bucket ends at 1,000,100 on Redis TIME, which may be 2 ms ahead: 99 ms from now.
    vi.advanceTimersByTime(98);
    expect(given).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(given).toEqual([
      ['k', 'rpm', clock, 3],
      ['k', 'tpm', clock, 30],
    ]);
    expect(c.unused('k', 'rpm')).toBe(0);

    given = [];
    c.claimed('k', draw(10), 2, clock, c.epoch);
    c.claimed('j', draw(10), 2, clock, c.epoch); // no stream asked for it: given back at once
    expect(given).toEqual([
      ['j', 'rpm', clock, 2],
      ['j', 'tpm', clock, 20],
    ]);
    given = [];
    c.drop('k');
    expect(given).toEqual([
      ['k', 'rpm', clock, 2],
      ['k', 'tpm', clock, 20],
    ]);
    expect(c.take('k', draw(10))).toBeUndefined();
    vi.advanceTimersByTime(1000);
    expect(given).toHaveLength(2); // once
  });

  it('gives back at once a claim asked before a drop, and nothing that Redis lost', () => {
    const c = claims();
    c.wanted('k', draw(10));
    const asked = c.epoch;
    c.claimed('k', draw(10), 2, clock, asked);
    c.drop('k', false); // lost with Redis's data
    expect(given).toEqual([]);
    // A claim still on its way when this process paused or aligned: it may have run before that.
    c.claimed('k', draw(10), 2, clock, asked);
    expect(given).toEqual([
      ['k', 'rpm', clock, 2],
      ['k', 'tpm', clock, 20],
    ]);
    expect(c.take('k', draw(10))).toBeUndefined();
  });
});
