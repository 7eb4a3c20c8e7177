import { keyType, planTierSchema, type Region } from '@minimax-kit/core';
import { badOption, kindOf, MockOptionsError } from '../http/mock-options-error.js';
import { atLeastZero, choiceAt, isRecord, numberAt, onlyFields, recordAt } from './fields.js';

const regionValues = ['cn', 'global'] as const;

function checkPlan(option: string, value: unknown): void {
  const plan = recordAt(option, value, '{ tier?, kind?, windowRequests?, purchasedAt?, daily?, credits? }');
  if (!plan) return;
  onlyFields(option, plan, ['tier', 'kind', 'windowRequests', 'purchasedAt', 'daily', 'credits']);
  choiceAt(`${option}.tier`, plan.tier, planTierSchema.options);
  choiceAt(`${option}.kind`, plan.kind, ['standard', 'highspeed']);
  numberAt(
    `${option}.windowRequests`,
    plan.windowRequests,
    (count) => Number.isSafeInteger(count) && count >= 0,
    'a whole number of requests ≥ 0 (or leave it out for the size MiniMax reports)',
  );
  const bought = plan.purchasedAt;
  const when = bought instanceof Date || typeof bought === 'string' || typeof bought === 'number';
  if (bought !== undefined && !(when && !Number.isNaN(new Date(bought).getTime())))
    badOption(
      `${option}.purchasedAt`,
      bought,
      'a Date, epoch milliseconds or an ISO date such as "2026-03-23T00:00:00+08:00"',
    );
  const daily = recordAt(`${option}.daily`, plan.daily, 'daily quotas by bucket name, each a number ≥ 0');
  for (const [bucket, quota] of Object.entries(daily ?? {}))
    numberAt(`${option}.daily.${bucket}`, quota, atLeastZero, 'a number ≥ 0');
  if (plan.credits !== undefined && typeof plan.credits !== 'boolean')
    badOption(`${option}.credits`, plan.credits, 'true or false');
}

function checkKey(option: string, entry: unknown, seen: Map<string, string>): void {
  const expected = '{ key, region?, account?, balance?, plan? }';
  if (!isRecord(entry)) throw new MockOptionsError(option, `is ${kindOf(entry)}`, expected);
  onlyFields(option, entry, ['key', 'region', 'account', 'balance', 'plan']);
  const { key } = entry;
  // The key itself is never shown: only its type, or that it is empty or padded.
  if (typeof key !== 'string') badOption(`${option}.key`, key, 'a key string such as "sk-api-test"');
  if (key.trim() === '') badOption(`${option}.key`, key, 'a key string such as "sk-api-test"');
  if (key.trim() !== key)
    throw new MockOptionsError(`${option}.key`, 'has spaces around it', 'the key alone');
  const first = seen.get(key);
  if (first) throw new MockOptionsError(`${option}.key`, `repeats ${first}.key`, 'each key once');
  seen.set(key, option);
  choiceAt(`${option}.region`, entry.region, regionValues);
  if (entry.account !== undefined && (typeof entry.account !== 'string' || entry.account === ''))
    badOption(`${option}.account`, entry.account, 'a non-empty account name shared by its keys');
  const { balance } = entry;
  if (balance !== undefined && (typeof balance !== 'string' || !/^-?\d+(\.\d+)?$/.test(balance)))
    badOption(`${option}.balance`, balance, 'a decimal string such as "100" or "2.5"');
  if (entry.plan !== undefined && keyType(key) !== 'token-plan')
    throw new MockOptionsError(
      `${option}.plan`,
      'is set on a key that is not a Token Plan key',
      'an sk-cp- key',
    );
  checkPlan(`${option}.plan`, entry.plan);
}

/** Checks the `region` option and the keys: each a distinct key string with a usable region, balance and plan. */
export function checkKeys(region: unknown, keys: unknown): asserts region is Region | undefined {
  choiceAt('region', region, regionValues);
  if (keys === undefined) return;
  if (!Array.isArray(keys) || keys.length === 0)
    throw new MockOptionsError(
      'keys',
      `is ${kindOf(keys)}`,
      'at least one { key, region?, balance?, plan? } (or leave it out for the defaults)',
    );
  const seen = new Map<string, string>();
  for (const [index, entry] of keys.entries()) checkKey(`keys[${index}]`, entry, seen);
}
