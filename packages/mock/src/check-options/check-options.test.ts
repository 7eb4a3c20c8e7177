import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createMockMiniMax } from '../create-mock.js';
import { MockOptionsError } from '../http/mock-options-error.js';
import type { MockOptions } from '../options.js';

/** The error `createMockMiniMax` throws for these options. */
function refusal(options: unknown): MockOptionsError {
  try {
    createMockMiniMax(options as MockOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(MockOptionsError);
    return error as MockOptionsError;
  }
  throw new Error('the options were accepted');
}

describe('createMockMiniMax refuses options it cannot work with', () => {
  it.each([
    [{ limits: { 'text:MiniMax-M2': { rpm: -1 } } }, 'limits.text:MiniMax-M2.rpm', 'is -1: use a number ≥ 0'],
    [{ limits: { t2a: { RPM: 5 } } }, 'limits.t2a.RPM', 'is 5: use only rpm, tpm, conn'],
    [{ limits: { t2a: 20 } }, 'limits.t2a', 'is 20: use { rpm?, tpm?, conn? }'],
    [{ seed: Number.NaN }, 'seed', 'is NaN: use a whole number'],
    [{ seed: 1.5 }, 'seed', 'is 1.5: use a whole number'],
    [{ taskFailureRate: 2 }, 'taskFailureRate', 'is 2: use a share from 0 to 1'],
    [{ streamIntervalMs: -1 }, 'streamIntervalMs', 'is -1: use a number of milliseconds ≥ 0'],
    [{ keys: [] }, 'keys', 'is an array of 0: use at least one'],
    [{ durations: { video: [10, 10, 10] } }, 'durations.video', 'is an array of 3: use { preparing?'],
    [{ durations: { music: Number.POSITIVE_INFINITY } }, 'durations.music', 'is Infinity: use a number'],
    [{ durations: { speech: 5 } }, 'durations.speech', 'use only video, speechAsync, music'],
    [{ region: 'mars' }, 'region', 'is "mars": use "cn" or "global"'],
    [{ tier: 'gold' }, 'tier', 'is "gold": use "free" or "paid"'],
    [{ maxBodyBytes: 0 }, 'maxBodyBytes', 'is 0: use a number of bytes > 0'],
    [{ remainsShape: 'percent' }, 'remainsShape', '"counts" or "percentages"'],
    [{ bigIds: 'yes' }, 'bigIds', 'is "yes": use true or false'],
    [{ now: 5 }, 'now', 'is 5: use a function'],
    [{ now: () => Number.NaN }, 'now()', 'is NaN'],
    [{ keys: [{ key: 'sk-cp-x', region: 'mars' }] }, 'keys[0].region', 'is "mars"'],
    [{ keys: [{ key: 'sk-api-x', balance: 100 }] }, 'keys[0].balance', 'is 100: use a decimal string'],
    [{ keys: [{ key: 'sk-cp-x', plan: { tier: 'gold' } }] }, 'keys[0].plan.tier', '"starter" or "plus"'],
    [{ keys: [{ key: 'sk-cp-x', plan: { windowRequests: -3 } }] }, 'keys[0].plan.windowRequests', 'is -3'],
    [
      { keys: [{ key: 'sk-cp-x', plan: { purchasedAt: 'soon' } }] },
      'keys[0].plan.purchasedAt',
      'an ISO date',
    ],
    [{ keys: [{ key: 'sk-cp-x', plan: { daily: { video: -1 } } }] }, 'keys[0].plan.daily.video', 'is -1'],
    [{ keys: [{ key: 'sk-api-x', plan: {} }] }, 'keys[0].plan', 'not a Token Plan key: use an sk-cp- key'],
    [{ faults: [{ path: '/v1/t2a_v2' }] }, 'faults[0]', 'has neither fault nor script'],
    [{ faults: [{ fault: { type: 'boom' } }] }, 'faults[0].fault.type', 'is "boom": use a fault of type'],
    [{ faults: [{ fault: { type: 'http', status: 99 } }] }, 'faults[0].fault.status', 'from 200 to 599'],
    [{ faults: [{ fault: { type: 'latency', ms: [5, 1] } }] }, 'faults[0].fault.ms', 'a range [min, max]'],
    [{ faults: [{ script: [null, { type: 'cut', after: -1 }] }] }, 'faults[0].script[1].after', 'is -1'],
    [{ faults: [{ fault: { type: 'reset' }, rate: 1.5 }] }, 'faults[0].rate', 'is 1.5: use a share'],
    [null, 'options', 'is null: use an object'],
  ])('%o → %s', (options, option, message) => {
    const error = refusal(options);
    expect(error.option).toBe(option);
    expect(error.code).toBe('MOCK_OPTIONS');
    expect(error.name).toBe('MockOptionsError');
    expect(error.message.startsWith(`The mock option ${option} `)).toBe(true);
    expect(error.message).toContain(message);
  });

  it('never shows a key, even one it refuses', () => {
    const secret = 'sk-api-0123456789abcdef';
    for (const keys of [[{ key: ` ${secret}` }], [{ key: secret }, { key: secret }], [secret], secret]) {
      const error = refusal({ keys });
      expect(error.option).toMatch(/^keys(\[\d\](\.key)?)?$/);
      for (const shown of [error.message, String(error), inspect(error), JSON.stringify(error)])
        expect(shown).not.toContain('0123456789');
    }
    expect(refusal({ keys: [{ key: secret }, { key: secret }] }).message).toContain('repeats keys[0].key');
  });

  it('accepts every documented option', () => {
    const mock = createMockMiniMax({
      region: 'cn',
      tier: 'free',
      keys: [
        { key: 'sk-api-a', region: 'global', account: 'team', balance: '2.5' },
        {
          key: 'sk-cp-b',
          plan: { tier: 'max', kind: 'highspeed', purchasedAt: '2026-01-01', daily: { video: 2 } },
        },
      ],
      limits: { 'text:MiniMax-M2': { rpm: 0, tpm: 1000 } },
      now: () => 0,
      sleep: async () => {},
      seed: -7,
      durations: { video: { preparing: 0 }, speechAsync: 10, music: 0 },
      streamIntervalMs: 0,
      taskFailureRate: 1,
      bigIds: true,
      maxBodyBytes: Number.POSITIVE_INFINITY,
      remainsShape: 'percentages',
      faults: [
        { path: /chat/, fault: { type: 'latency', ms: { p50: 10, p99: 100 } }, rate: 0.5, times: 2 },
        {
          method: 'POST',
          script: [{ type: 'error', code: 1002, message: 'slow down' }, null, { type: 'stall' }],
        },
      ],
    });
    expect(mock.state.region).toBe('cn');
    expect(
      createMockMiniMax({ seed: undefined, keys: undefined } as unknown as MockOptions).state.keys.size,
    ).toBe(2);
  });
});

describe('mock.inject', () => {
  it('refuses a rule it cannot apply, and keeps the rules it has', () => {
    const mock = createMockMiniMax();
    const refused = (rule: unknown) => {
      try {
        mock.inject(rule as never);
      } catch (error) {
        expect(error).toBeInstanceOf(MockOptionsError);
        return (error as MockOptionsError).message;
      }
      throw new Error('the rule was accepted');
    };
    expect(refused(null)).toMatch(/^The mock option inject\(rule\) is null: use \{ path\?, method\?, fault/);
    expect(refused({ fault: { type: 'error', code: '1002' } })).toContain(
      'inject(rule).fault.code is "1002"',
    );
    expect(refused({ script: [{ type: 'reset' }], times: 1 })).toContain('has a script with rate or times');
    expect(typeof mock.inject({ fault: { type: 'reset' } })).toBe('function');
  });
});
