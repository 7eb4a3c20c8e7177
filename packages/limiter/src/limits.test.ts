import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { UnknownScopeError } from './errors/unknown-scope-error.js';

const admittedOf = async (limiter: ReturnType<typeof createLimiter>, scope: string, tries: number) => {
  let admitted = 0;
  for (let i = 0; i < tries; i++) if ((await limiter.tryAcquire({ scope, tokens: 1 })).ok) admitted++;
  return admitted;
};

describe('scopes no table covers', () => {
  it('holds a text model the tables do not list yet to the strictest documented text limits', async () => {
    const limiter = createLimiter({ region: 'global', tier: 'paid', guardMs: 0 });
    // Global paid: MiniMax-M2's 20 RPM / 1,000,000 TPM is the strictest text row.
    expect(
      limiter.dimensionsOf({ scope: 'text:MiniMax-M9', tokens: 1 }).map((d) => `${d.id}=${d.limit}`),
    ).toEqual(['rpm:text:MiniMax-M9=20', 'tpm:text:MiniMax-M9=1000000']);
    expect(await admittedOf(limiter, 'text:MiniMax-M9', 1000)).toBe(20);
  });

  it('takes surrounding whitespace for no part of a scope: one window, not two', async () => {
    const limiter = createLimiter({ region: 'global', tier: 'paid', guardMs: 0 });
    const padded = await admittedOf(limiter, 'text:MiniMax-M2 ', 500);
    const plain = await admittedOf(limiter, 'text:MiniMax-M2', 500);
    const tabbed = await admittedOf(limiter, '\ttext:MiniMax-M2\n', 500);
    expect(padded + plain + tabbed).toBe(20);
    expect(limiter.snapshot().dimensions['rpm:text:MiniMax-M2']?.used).toBe(20);
  });

  it('refuses any other unknown scope with a typed error naming the known ones', async () => {
    const limiter = createLimiter({ region: 'cn', limits: { custom: { rpm: 3 } } });
    const refusal = limiter.tryAcquire({ scope: 'speech-9' });
    await expect(refusal).rejects.toBeInstanceOf(UnknownScopeError);
    await expect(refusal).rejects.toMatchObject({ code: 'UNKNOWN_SCOPE', scope: 'speech-9' });
    await expect(refusal).rejects.toThrow(/t2a, .*custom/);
    await expect(limiter.acquire({ scope: 'speech-9' })).rejects.toBeInstanceOf(UnknownScopeError);
    expect(limiter.snapshot().queued).toBe(0);
  });

  it('lets configured limits win over the fallback', async () => {
    const limiter = createLimiter({ limits: { 'text:MiniMax-M9': { rpm: 2 } }, guardMs: 0 });
    expect(await admittedOf(limiter, ' text:MiniMax-M9', 10)).toBe(2);
  });
});
