import {
  compareDecimals,
  type Decimal,
  formatDecimal,
  parseDecimal,
  subtractDecimals,
} from '@minimax-kit/core';
import type { Limiter } from '@minimax-kit/limiter';
import { createMockMiniMax, type MockMiniMax } from '@minimax-kit/mock';
import { expect } from 'vitest';
import type { Fetch, Target } from './sdks.js';

/** The key the mock knows as a global pay-as-you-go key. */
export const mockKey = 'sk-api-mock';

/** A fresh mock of the global platform (its seed fixed, no pauses) and a target on it. */
export function startMock(): { mock: MockMiniMax; target: Target } {
  const mock = createMockMiniMax({ seed: 1, sleep: async () => {} });
  return { mock, target: { url: 'https://api.minimax.io', key: mockKey, fetch: mock.fetch as Fetch } };
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** Tokens the mock counted (the usage it reported) in every scope's window, now. */
export const servedTokens = (mock: MockMiniMax) =>
  sum([...mock.state.scopes.values()].map((use) => use.tokens.sum(Date.now())));

/** What a limiter holds in every dimension whose id starts with `prefix`. */
export const used = (limiter: Limiter, prefix: string) =>
  sum(
    Object.entries(limiter.snapshot().dimensions).flatMap(([id, usage]) =>
      id.startsWith(prefix) ? [usage.used] : [],
    ),
  );

/** The limiter holds exactly what the server counted: TPM the usage it reported, RPM every request. */
export function expectSettled(limiter: Limiter, mock: MockMiniMax): void {
  expect(used(limiter, 'tpm:')).toBe(servedTokens(mock));
  expect(used(limiter, 'rpm:')).toBe(mock.state.log.length);
  expect(limiter.snapshot().queued).toBe(0);
}

/** The mock key's balance, to see what the mock charged for the calls between two readings. */
export function balanceOf(mock: MockMiniMax): Decimal {
  const key = mock.state.keys.get(mockKey);
  if (!key) throw new Error(`The mock does not know ${mockKey}.`);
  return key.balance;
}

/** Asserts that `total` (an exact decimal string) is what the mock charged between two balances. */
export function expectCharged(before: Decimal, after: Decimal, total: string): void {
  const charged = subtractDecimals(before, after);
  expect(
    compareDecimals(charged, parseDecimal(total)),
    `charged ${formatDecimal(charged)}, reported ${total}`,
  ).toBe(0);
}
