import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { memoryStore } from '../stores/memory-store.js';
import type { LimiterStore } from '../stores/store.js';

// The memory store admits a draw it has seen through a plan made once; these change what a plan
// knows, and the next decision must see them.
describe('a memory store deciding by plans', () => {
  const setUp = () => {
    let now = 1_000;
    const limiter = createLimiter({
      limits: { s: { rpm: 3, tpm: 1_000 } },
      guardMs: 0,
      store: memoryStore({ now: () => now }),
    });
    const demand = { scope: 's', tokens: 10 };
    const rpm = limiter.dimensionsOf(demand).find((d) => d.id.startsWith('rpm:'));
    if (!rpm) throw new Error('no RPM dimension');
    return { limiter, demand, rpm, advance: (ms: number) => (now += ms) };
  };

  it('refuses a known draw once a limit it draws on is paused, and admits it when the pause lapses', async () => {
    const { limiter, demand, rpm, advance } = setUp();
    await limiter.acquire(demand);
    await limiter.acquire(demand); // a plan of this draw is kept now
    await limiter.reportRejection(demand, 'rpm', 5_000);
    expect(await limiter.tryAcquire(demand)).toMatchObject({ ok: false, blockedBy: rpm.id });
    advance(5_000);
    expect(await limiter.tryAcquire(demand)).toMatchObject({ ok: true });
    expect(await limiter.tryAcquire(demand)).toMatchObject({ ok: false, blockedBy: rpm.id });
  });

  it('counts a known draw in the log an alignment put in place of the old one', async () => {
    const { limiter, demand, rpm } = setUp();
    await limiter.acquire(demand);
    await limiter.acquire(demand);
    await limiter.align(rpm, 3, 30_000);
    expect(await limiter.tryAcquire(demand)).toMatchObject({ ok: false, blockedBy: rpm.id });
    await limiter.align(rpm, 2, 30_000);
    expect(await limiter.tryAcquire(demand)).toMatchObject({ ok: true });
    expect((await limiter.refresh()).dimensions[rpm.id]).toMatchObject({ used: 3 });
  });

  it('names a lease it admitted without a name when first asked: once, and unlike any other', async () => {
    const { limiter, demand } = setUp();
    const leases = [await limiter.acquire(demand), await limiter.acquire(demand)];
    const ids = leases.map((lease) => lease.id);
    expect(leases.map((lease) => lease.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(2);
    const third = await limiter.acquire(demand);
    expect(ids).not.toContain(third.id);
    await third.settle({ tokens: 4 });
    const tpm = limiter.dimensionsOf(demand).find((d) => d.id.startsWith('tpm:'));
    expect((await limiter.refresh()).dimensions[tpm?.id ?? '']).toMatchObject({ used: 24 });
  });

  it('writes a lease named on first read into JSON like any other field', async () => {
    const { limiter, demand } = setUp();
    const lease = await limiter.acquire(demand);
    expect(JSON.parse(JSON.stringify(lease))).toMatchObject({ id: lease.id, demand, admittedAt: 1_000 });
  });

  it('leaves the admission to a store built on a memory store that decides its own way', async () => {
    const base = memoryStore({ now: () => 1_000 });
    let decided = 0;
    const store = Object.create(base, {
      acquireNow: {
        value: (...args: Parameters<NonNullable<LimiterStore['acquireNow']>>) => {
          decided += 1;
          return base.acquireNow?.(...args);
        },
      },
    }) as LimiterStore;
    const limiter = createLimiter({ limits: { s: { rpm: 3 } }, guardMs: 0, store });
    await limiter.acquire({ scope: 's' });
    await limiter.acquire({ scope: 's' }); // its logs exist now: the memory store would have a plan
    expect(decided).toBe(2);
  });
});
