import { describe, expect, it } from 'vitest';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { describeRequest } from './describe-request.js';
import { findEndpoint } from './endpoints.js';
import { summarizeBalance } from './summarize-balance.js';

const ok = { status_code: 0, status_msg: 'success' };

describe('summarizeBalance', () => {
  it('keeps every amount exact, in the region currency', () => {
    const body = {
      base_resp: ok,
      available_amount: '87.250000',
      cash_balance: '80.1',
      voucher_balance: '7.15',
      credit_balance: '0',
      owed_amount: '0.00',
      balance_alert_switch: true,
      balance_alert_threshold: '100',
    };
    expect(summarizeBalance(body, 'global')).toEqual({
      currency: 'USD',
      available: '87.25',
      cash: '80.1',
      voucher: '7.15',
      credit: '0',
      owed: '0',
      alert: { enabled: true, threshold: '100' },
      low: true,
    });
    expect(summarizeBalance(body, 'cn').currency).toBe('CNY');
  });

  it('is low only when nothing is left or the alert says so', () => {
    const base = { base_resp: ok, available_amount: '12345678901234567890.000000001' };
    const summary = summarizeBalance(base, 'cn');
    expect(summary).toEqual({
      currency: 'CNY',
      available: '12345678901234567890.000000001',
      owed: '0',
      low: false,
    });
    expect(summarizeBalance({ ...base, available_amount: '0' }, 'cn').low).toBe(true);
    const off = { ...base, available_amount: '5', balance_alert_switch: 0, balance_alert_threshold: '10' };
    expect(summarizeBalance(off, 'cn')).toMatchObject({
      low: false,
      alert: { enabled: false, threshold: '10' },
    });
  });

  it('refuses a body that is not a balance, and an unknown region, with bounded messages', () => {
    expect(() => summarizeBalance({ base_resp: ok, available_amount: 12.5 }, 'cn')).toThrow(
      InvalidUsageError,
    );
    expect(() => summarizeBalance({ base_resp: ok, available_amount: '1e3' }, 'cn')).toThrow(
      /available_amount must be a plain decimal/,
    );
    expect(() => summarizeBalance({ base_resp: ok, available_amount: '1' }, 'eu' as 'cn')).toThrow(
      /region is "eu"; use "cn" or "global"/,
    );
    const huge = { base_resp: ok, available_amount: 'x'.repeat(1_000_000) };
    expect(() => summarizeBalance(huge, 'cn')).toThrow(InvalidUsageError);
    try {
      summarizeBalance(huge, 'cn');
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(300);
    }
  });

  it('is an endpoint of the table, free and unlimited', () => {
    expect(findEndpoint('GET', '/account/query_balance')).toMatchObject({
      api: 'account',
      operation: 'balance',
    });
    const description = describeRequest('GET', 'https://api.minimax.io/account/query_balance');
    expect(description).toMatchObject({
      api: 'account',
      region: 'global',
      planRequests: 0,
      createsJob: false,
    });
    expect(description.usage).toBeUndefined();
    expect(description.scope).toBeUndefined();
  });
});
