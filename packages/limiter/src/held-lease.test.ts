import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';

describe('lease.settle', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'abc', -Number.MAX_VALUE * 2, -5, -0.4])(
    'ignores %s: the reservation stands and the window stays a number',
    async (tokens) => {
      const limiter = createLimiter({ limits: { s: { rpm: 100, tpm: 1000 } }, guardMs: 0 });
      const lease = await limiter.acquire({ scope: 's', tokens: 300 });
      await lease.settle({ tokens: tokens as number });
      expect(limiter.snapshot().dimensions['tpm:s']?.used).toBe(300);
      // The scope is not wedged: the rest of the minute's tokens still go.
      expect((await limiter.tryAcquire({ scope: 's', tokens: 700 })).ok).toBe(true);
      expect((await limiter.tryAcquire({ scope: 's', tokens: 1 })).ok).toBe(false);
    },
  );

  it('settles to whole tokens, down to 0', async () => {
    const limiter = createLimiter({ limits: { s: { rpm: 100, tpm: 1000 } }, guardMs: 0 });
    const lease = await limiter.acquire({ scope: 's', tokens: 300 });
    await lease.settle({ tokens: 120.6 });
    expect(limiter.snapshot().dimensions['tpm:s']?.used).toBe(121);
    await lease.settle({ tokens: 0 });
    expect(limiter.snapshot().dimensions['tpm:s']?.used).toBe(0);
  });
});
