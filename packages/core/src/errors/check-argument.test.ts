import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { modalities } from '../models/model-index.js';
import { modalitySchema } from '../models/model-schema.js';
import { InvalidUsageError } from './invalid-usage-error.js';

const lyrics = { kind: 'lyrics', count: 1 } as const;
const cents = { units: 1n, scale: 2 };

// Each exported function, called with a wrong type where it takes its argument, and the argument
// its error must name.
const wrongCalls: [string, () => unknown, string][] = [
  ['billingCharacters', () => core.billingCharacters(null as never), 'text'],
  ['estimateTokens', () => core.estimateTokens(undefined as never), 'text'],
  ['estimateChatInputTokens', () => core.estimateChatInputTokens(null as never), 'body'],
  ['summarizeRemains', () => core.summarizeRemains(null as never), 'remains'],
  ['summarizeRemains now', () => core.summarizeRemains({ model_remains: [] } as never, Number.NaN), 'now'],
  [
    'summarizeRemains entries',
    () => core.summarizeRemains({ model_remains: 'x' } as never),
    'remains.model_remains',
  ],
  ['tokenPlanRequests usage', () => core.tokenPlanRequests(null as never), 'usage'],
  ['tokenPlanRequests options', () => core.tokenPlanRequests(lyrics, null as never), 'options'],
  ['dailyQuotaUse', () => core.dailyQuotaUse(undefined as never), 'usage'],
  ['estimateCost options', () => core.estimateCost(lyrics, null as never), 'options'],
  ['chargeTarget', () => core.chargeTarget(null as never), 'state'],
  ['weeklyCap', () => core.weeklyCap('1500' as never, Date.now()), 'windowRequests'],
  ['keyType', () => core.keyType(42 as never), 'apiKey'],
  ['startOfPlanDay', () => core.startOfPlanDay(Number.NaN), 'at'],
  ['startOfPlanWeek', () => core.startOfPlanWeek(new Date('not a date')), 'at'],
  ['peakHours', () => core.peakHours(Number.POSITIVE_INFINITY), 'at'],
  ['isPeakHour', () => core.isPeakHour(10n as never), 'at'],
  ['findEndpoint', () => core.findEndpoint(undefined as never, '/v1/chat/completions'), 'method'],
  ['requestOrder method', () => core.requestOrder(7 as never, '/v1/lyrics_generation'), 'method'],
  ['requestOrder url', () => core.requestOrder('POST', null as never), 'url'],
  [
    'describeRequest options',
    () => core.describeRequest('POST', '/v1/lyrics_generation', {}, null as never),
    'options',
  ],
  ['costOfCall', () => core.costOfCall(null as never), 'call'],
  [
    'costOfCall method',
    () => core.costOfCall({ method: 1, url: '/v1/lyrics_generation' } as never),
    'call.method',
  ],
  ['reportedUsage', () => core.reportedUsage(null as never, {}), 'description'],
  ['rateLimits', () => core.rateLimits(undefined as never), 'query'],
  ['findRateLimitRow', () => core.findRateLimitRow(null as never, { api: 't2a' }), 'table'],
  ['scopeLimits', () => core.scopeLimits('cn', 'paid', 't2a', {} as never), 'catalog.rateLimits'],
  ['regionOfUrl', () => core.regionOfUrl(null as never), 'url'],
  ['findModel modality', () => core.findModel('MiniMax-M2', Symbol('text') as never), 'modality'],
  ['errorCodeInfo', () => core.errorCodeInfo(Symbol('1002') as never), 'code'],
  ['genAiOperation', () => core.genAiOperation('chat', Symbol('create') as never), 'operation'],
  ['requestParam', () => core.requestParam(null as never, 'n'), 'path'],
  ['paramDefault', () => core.paramDefault('/v1/image_generation', 'fps'), 'field'],
  ['parseExactJson', () => core.parseExactJson({} as never), 'text'],
  ['unsafeIntegerOf', () => core.unsafeIntegerOf(Symbol('1') as never), 'literal'],
  ['parseDecimal', () => core.parseDecimal(Symbol('1') as never), 'text'],
  ['addDecimalStrings', () => core.addDecimalStrings('1', null as never), 'text'],
  ['formatDecimal', () => core.formatDecimal(null as never), 'value'],
  ['sumDecimals', () => core.sumDecimals(null as never), 'values'],
  ['sumDecimals item', () => core.sumDecimals([cents, 3 as never]), 'values[]'],
  ['compareDecimals', () => core.compareDecimals(cents, '1' as never), 'b'],
  ['multiplyDecimals', () => core.multiplyDecimals(undefined as never, cents), 'a'],
  ['subtractDecimals', () => core.subtractDecimals(cents, null as never), 'b'],
  ['shareOfDecimal', () => core.shareOfDecimal(cents, 1 as never, 7n), 'numerator'],
];

describe('an exported function given the wrong type', () => {
  it.each(wrongCalls)(
    '%s throws InvalidUsageError naming the argument and what to pass',
    (_, call, field) => {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidUsageError);
      expect((thrown as InvalidUsageError).field).toBe(field);
      expect((thrown as InvalidUsageError).message).toMatch(/; (use|pass|it must be|minimax-kit knows) /);
    },
  );

  it('sleep rejects with InvalidUsageError for a bad wait or signal', async () => {
    await expect(core.sleep(Number.NaN)).rejects.toThrow(InvalidUsageError);
    await expect(core.sleep(-1)).rejects.toThrow('ms is -1; use a finite number of milliseconds ≥ 0.');
    await expect(core.sleep(0, {} as never)).rejects.toThrow(/signal is an object; pass an AbortSignal/);
  });

  it('keyType names the type of what it was given, never the value', () => {
    expect(() => core.keyType({ key: 'sk-cp-secret' } as never)).toThrow(
      'apiKey is an object; pass the key, a string.',
    );
    expect(() => core.keyType(12345 as never)).toThrow('apiKey is a number; pass the key, a string.');
  });

  it('a predicate answers false for a non-string rather than throwing', () => {
    expect(core.isDecimalString(Symbol('1') as never)).toBe(false);
    expect(core.isDecimalString(2 as never)).toBe(false);
  });
});

describe('plans and counts', () => {
  it('refuses an unknown plan kind instead of counting it as standard', () => {
    expect(() => core.tokenPlanRequests(lyrics, { plan: 'ultra' as never })).toThrow(
      'options.plan is "ultra"; use "standard" or "highspeed".',
    );
    expect(() => core.tokenPlanRequestsExact(lyrics, { plan: 'ultra' as never })).toThrow(InvalidUsageError);
    expect(() =>
      core.describeRequest('POST', '/v1/lyrics_generation', {}, { plan: 'ultra' as never }),
    ).toThrow(InvalidUsageError);
    expect(core.tokenPlanRequests({ kind: 'vlm', count: 1 }, { plan: 'highspeed' })).toBe(6);
  });

  it('says a count must be a safe integer, with its bound', () => {
    const usage = { kind: 'text', model: 'MiniMax-M2', inputTokens: 2 ** 53, outputTokens: 0 } as const;
    expect(() => core.estimateCost(usage)).toThrow(
      'inputTokens is 9007199254740992; it must be a whole number from 0 to 9007199254740991.',
    );
  });

  it('checks modalities against the schema’s', () => {
    expect(modalities).toEqual(modalitySchema.options);
  });
});
