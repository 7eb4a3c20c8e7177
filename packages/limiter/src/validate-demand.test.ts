import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { InvalidDemandError } from './errors/invalid-demand-error.js';
import { validateDemand } from './validate-demand.js';

const limits = { s: { rpm: 5, tpm: 1000 } };
const plan = { windowRequests: 10, daily: { 'image-01': 50 } };

describe('demands', () => {
  it.each([
    ['requests', { scope: 's', requests: Number.NaN }],
    ['requests', { scope: 's', requests: -1 }],
    ['requests', { scope: 's', requests: 1.5 }],
    ['requests', { scope: 's', requests: '3' }],
    ['tokens', { scope: 's', tokens: Number.POSITIVE_INFINITY }],
    ['tokens', { scope: 's', tokens: Number.NaN }],
    ['planRequests', { planRequests: Number.NaN }],
    ['daily.units', { daily: { bucket: 'image-01', units: Number.NaN } }],
    ['daily.units', { daily: { bucket: 'image-01', units: '2' } }],
    ['conn', { scope: 's', conn: 'yes' }],
    ['scope', { scope: 42 }],
  ])('refuses a bad %s at once, with a typed error, and queues nothing', async (field, demand) => {
    const limiter = createLimiter({ limits, plan, guardMs: 0 });
    await expect(limiter.acquire(demand as never)).rejects.toMatchObject({
      name: 'InvalidDemandError',
      code: 'INVALID_DEMAND',
      field,
    });
    await expect(limiter.tryAcquire(demand as never)).rejects.toBeInstanceOf(InvalidDemandError);
    expect(limiter.snapshot().queued).toBe(0);
    // Nothing stuck ahead: the scope still admits.
    expect((await limiter.tryAcquire({ scope: 's', tokens: 1 })).ok).toBe(true);
    expect((await limiter.tryAcquire({ daily: { bucket: 'image-01', units: 1 } })).ok).toBe(true);
  });

  it('never stores a number in a string ("03")', async () => {
    const limiter = createLimiter({ limits, guardMs: 0 });
    await expect(limiter.tryAcquire({ scope: 's', requests: '3' as never })).rejects.toThrow(/whole number/);
    await limiter.tryAcquire({ scope: 's', requests: 3 });
    expect(limiter.snapshot().dimensions['rpm:s']?.used).toBe(3);
  });

  it('takes valid demands as they are', () => {
    expect(() =>
      validateDemand({ scope: 's', requests: 2, tokens: 0, conn: true, planRequests: 1 }),
    ).not.toThrow();
    expect(() => validateDemand({ daily: { bucket: 'video', units: 3 } })).not.toThrow();
    expect(() => validateDemand(null)).toThrow(InvalidDemandError);
  });

  it.each([
    ['options.priority', { priority: Number.NaN }],
    ['options.priority', { priority: 'high' }],
    ['options.signal', { signal: 'x' }],
    ['options', 'high'],
  ])('refuses a bad %s of acquire (%o) at once, and queues nothing', async (field, options) => {
    const limiter = createLimiter({ limits, guardMs: 0 });
    await limiter.acquire({ scope: 's', requests: 5 }); // full: a good call would wait
    const refused = limiter.acquire({ scope: 's' }, options as never);
    await expect(refused).rejects.toMatchObject({
      name: 'InvalidDemandError',
      code: 'INVALID_DEMAND',
      field,
    });
    await expect(refused).rejects.toThrow(/^The acquire (option|call's options argument) /);
    expect(limiter.snapshot().queued).toBe(0);
  });

  it('orders waiters by a valid priority, higher first', async () => {
    const limiter = createLimiter({ limits: { s: { conn: 1 } }, guardMs: 0 });
    const held = await limiter.acquire({ scope: 's', conn: true });
    const order: number[] = [];
    const waits = [0, 2, -1].map((priority) =>
      limiter.acquire({ scope: 's', conn: true }, { priority }).then(async (lease) => {
        order.push(priority);
        await lease.release();
      }),
    );
    await held.release();
    await Promise.all(waits);
    expect(order).toEqual([2, 0, -1]);
  });
});
