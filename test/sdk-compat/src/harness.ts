import { createLimiter, type Limiter } from '@minimax-kit/limiter';
import { createMockMiniMax, type MockMiniMax } from '@minimax-kit/mock';
import { expect, vi } from 'vitest';
import type { Env, Mode } from './matrix.js';

const base = 'https://api.minimax.io';

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** Tokens the mock counted (what it reported as usage) in every scope's window, now. */
const servedTokens = (mock: MockMiniMax) =>
  sum([...mock.state.scopes.values()].map((use) => use.tokens.sum(Date.now())));

const used = (limiter: Limiter, prefix: string) =>
  sum(
    Object.entries(limiter.snapshot().dimensions).flatMap(([id, usage]) =>
      id.startsWith(prefix) ? [usage.used] : [],
    ),
  );

/**
 * Once every answer was read, the limiter holds exactly what the server counted: its TPM is the
 * usage the mock reported (no reservation left over, refused calls refunded), its RPM every request
 * the mock saw, and no CONN slot or waiter remains. Settling runs as the SDK reads, so wait for it.
 */
async function expectSettled(limiter: Limiter, mock: MockMiniMax): Promise<void> {
  await vi.waitFor(
    () => {
      expect(used(limiter, 'tpm:')).toBe(servedTokens(mock));
      expect(used(limiter, 'rpm:')).toBe(mock.state.log.length);
      expect(used(limiter, 'conn:')).toBe(0);
      expect(limiter.snapshot().queued).toBe(0);
    },
    { timeout: 30_000, interval: 20 },
  );
}

/**
 * Runs a cell against a fresh mock (its seed fixed, no pauses): straight on its `fetch`, or through
 * `createLimiter().wrap(fetch)` with the documented limits and default options, after which the
 * limiter must have settled to the server's count.
 */
export async function runCell(mode: Mode, check: (env: Env) => Promise<void>): Promise<void> {
  const mock = createMockMiniMax({ seed: 1, sleep: async () => {} });
  const mockFetch = mock.fetch as Env['fetch'];
  const env = { url: base, key: 'sk-api-mock', badKey: 'sk-api-not-a-mock-key' };
  if (mode === 'direct') {
    await check({ ...env, fetch: mockFetch });
    return;
  }
  const limiter = createLimiter({});
  try {
    await check({ ...env, fetch: limiter.wrap(mockFetch) });
    expect(mock.state.log.length).toBeGreaterThan(0);
    await expectSettled(limiter, mock);
  } finally {
    await limiter.close();
  }
}
