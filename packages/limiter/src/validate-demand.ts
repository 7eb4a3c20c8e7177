import { isDecimalString } from '@minimax-kit/core';
import type { Demand } from './demand.js';
import { InvalidDemandError } from './errors/invalid-demand-error.js';
import type { AcquireOptions } from './limiter.js';

const count = 'a whole number ≥ 0 (or leave it out)';

function checkCount(field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new InvalidDemandError(field, value, count);
}

function checkCost(cost: unknown): void {
  if (typeof cost !== 'object' || cost === null)
    throw new InvalidDemandError('cost', cost, '{ amount: "0.0123", currency: "USD" } (or leave it out)');
  const { amount, currency } = cost as Record<string, unknown>;
  if (typeof amount !== 'string' || !isDecimalString(amount) || amount.startsWith('-'))
    throw new InvalidDemandError('cost.amount', amount, 'an exact decimal string ≥ 0 such as "0.0123"');
  if (currency !== 'USD' && currency !== 'CNY')
    throw new InvalidDemandError('cost.currency', currency, '"USD" or "CNY"');
}

/** Checks `acquire`'s options: a wait that could not be ordered or cancelled is never queued. */
export function validateAcquireOptions(options: unknown): asserts options is AcquireOptions {
  if (typeof options !== 'object' || options === null)
    throw new InvalidDemandError('options', options, '{ signal?, priority? } (or leave it out)');
  const { signal, priority } = options as Record<string, unknown>;
  if (priority !== undefined && (typeof priority !== 'number' || !Number.isFinite(priority)))
    throw new InvalidDemandError(
      'options.priority',
      priority,
      'a finite number (higher goes first; 0 when absent)',
    );
  if (
    signal != null &&
    (typeof signal !== 'object' ||
      signal === null ||
      typeof (signal as AbortSignal).addEventListener !== 'function' ||
      typeof (signal as AbortSignal).aborted !== 'boolean')
  )
    throw new InvalidDemandError(
      'options.signal',
      signal,
      'an AbortSignal, such as AbortSignal.timeout(30_000)',
    );
}

/**
 * Checks a demand at the limiter's boundary, so that nothing it cannot count — NaN, Infinity, a
 * negative or fractional amount, a number in a string — is queued or written to a store.
 */
export function validateDemand(demand: unknown): asserts demand is Demand {
  if (typeof demand !== 'object' || demand === null)
    throw new InvalidDemandError(
      'demand',
      demand,
      'an object such as { scope: "text:MiniMax-M2", tokens: 1200 }',
    );
  const { scope, requests, tokens, conn, planRequests, daily, cost, tenant } = demand as Record<
    string,
    unknown
  >;
  if (scope !== undefined && (typeof scope !== 'string' || scope.trim() === ''))
    throw new InvalidDemandError(
      'scope',
      scope,
      'a rate-limit scope such as "text:MiniMax-M2" (or leave it out)',
    );
  checkCount('requests', requests);
  checkCount('tokens', tokens);
  checkCount('planRequests', planRequests);
  if (conn !== undefined && typeof conn !== 'boolean')
    throw new InvalidDemandError('conn', conn, 'true or false');
  if (tenant !== undefined && (typeof tenant !== 'string' || tenant === ''))
    throw new InvalidDemandError('tenant', tenant, 'a non-empty string (or leave it out)');
  if (cost !== undefined) checkCost(cost);
  if (daily === undefined) return;
  if (typeof daily !== 'object' || daily === null)
    throw new InvalidDemandError('daily', daily, '{ bucket, units } (or leave it out)');
  const { bucket, units } = daily as Record<string, unknown>;
  if (typeof bucket !== 'string' || bucket === '')
    throw new InvalidDemandError('daily.bucket', bucket, 'the name of a daily quota, such as "image-01"');
  if (units === undefined) throw new InvalidDemandError('daily.units', units, 'a whole number ≥ 0');
  checkCount('daily.units', units);
}
