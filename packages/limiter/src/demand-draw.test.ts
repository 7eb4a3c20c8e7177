import { describe, expect, it } from 'vitest';
import { DrawCache } from './demand-draw.js';
import { PeakClock } from './peak-clock.js';
import { resolveOptions } from './resolve-options.js';

const setup = () => {
  const { config } = resolveOptions({
    limits: { s: { rpm: 10, tpm: 1000, conn: 2 } },
    plan: { windowRequests: 100 },
  });
  const fresh: string[][] = [];
  return {
    config,
    fresh,
    draws: new DrawCache(config, new PeakClock(() => 0), (dims) => fresh.push(dims.map((d) => d.id))),
  };
};

describe('DrawCache', () => {
  it('shares one frozen draw between alike demands, and works out a changed one anew', () => {
    const { draws, fresh } = setup();
    const first = draws.of({ scope: 's', tokens: 10, conn: true });
    expect(draws.of({ scope: 's', tokens: 10, conn: true })).toBe(first);
    expect(Object.isFrozen(first.dims) && first.dims.every(Object.isFrozen)).toBe(true);
    expect(first).toMatchObject({ holdsSlot: true, tooLarge: undefined, settles: { id: 'tpm:s' } });
    const more = draws.of({ scope: 's', tokens: 11, conn: true });
    expect(more).not.toBe(first);
    expect(more.dims.find((d) => d.id === 'tpm:s')?.amount).toBe(11);
    expect(draws.of({ scope: 's', tokens: 11 }).holdsSlot).toBe(false);
    expect(fresh).toEqual([
      ['rpm:s', 'tpm:s', 'conn:s'],
      ['rpm:s', 'tpm:s', 'conn:s'],
      ['rpm:s', 'tpm:s'],
    ]);
  });

  it('sees a replaced plan (syncFromRemains) and what can never fit', () => {
    const { draws, config } = setup();
    const before = draws.of({ planRequests: 1 });
    expect(before.dims.map((d) => d.limit)).toEqual([100]);
    config.plan = { windowRequests: 0 };
    const after = draws.of({ planRequests: 1 });
    expect(after.tooLarge).toMatchObject({ id: 'plan:window', amount: 1, limit: 0 });
  });
});
