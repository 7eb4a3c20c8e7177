import { describe, expect, it } from 'vitest';
import { LimitNotFoundError } from '../errors/limit-not-found-error.js';
import type { Region } from '../regions/regions.js';
import { cnRateLimits } from './cn-rate-limits.js';
import { globalRateLimits } from './global-rate-limits.js';
import { rateLimitTableSchema } from './rate-limit-schema.js';
import { type AccountTier, type RateLimitQuery, rateLimits, scopeLimits } from './rate-limits.js';

type Row = [
  Region,
  AccountTier,
  Omit<RateLimitQuery, 'region' | 'tier'>,
  { rpm?: number; tpm?: number; conn?: number },
];

// Every limit of the CN pricing page, the CN rate-limit page and the global rate-limit page.
const rows: Row[] = [
  ['cn', 'free', { model: 'MiniMax-M2' }, { rpm: 20, tpm: 1_000_000 }],
  ['cn', 'paid', { model: 'MiniMax-M2' }, { rpm: 20, tpm: 1_000_000 }],
  ['cn', 'free', { model: 'MiniMax-M2-Stable' }, { rpm: 20, tpm: 1_000_000 }],
  ['cn', 'paid', { model: 'MiniMax-M2-Stable' }, { rpm: 500, tpm: 20_000_000 }],
  ...['speech-02-hd', 'speech-02-turbo', 'speech-2.6-hd', 'speech-2.6-turbo'].flatMap((model): Row[] => [
    ['cn', 'free', { model }, { rpm: 10 }],
    ['cn', 'paid', { model }, { rpm: 20 }],
    ['global', 'free', { model }, { rpm: 60, tpm: 20_000 }],
    ['global', 'paid', { model }, { rpm: 60, tpm: 20_000 }],
  ]),
  ['cn', 'free', { api: 'voice-clone' }, { rpm: 60 }],
  ['cn', 'paid', { api: 'voice-clone' }, { rpm: 60 }],
  ['cn', 'free', { api: 'voice-design' }, { rpm: 20 }],
  ['cn', 'paid', { api: 'voice-design' }, { rpm: 20 }],
  ...['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast', 'MiniMax-Hailuo-02'].flatMap((model): Row[] => [
    ['cn', 'free', { model }, { rpm: 5 }],
    ['cn', 'paid', { model }, { rpm: 20 }],
    ['global', 'free', { model }, { rpm: 5 }],
    ['global', 'paid', { model }, { rpm: 5 }],
  ]),
  ['cn', 'free', { model: 'image-01' }, { rpm: 10, tpm: 60 }],
  ['cn', 'paid', { model: 'image-01' }, { rpm: 10, tpm: 60 }],
  ['cn', 'free', { model: 'music-2.0' }, { rpm: 6, conn: 3 }],
  ['cn', 'paid', { model: 'music-2.0' }, { rpm: 120, conn: 20 }],
  ['global', 'free', { model: 'MiniMax-M2' }, { rpm: 20, tpm: 1_000_000 }],
  ['global', 'paid', { model: 'MiniMax-M2' }, { rpm: 20, tpm: 1_000_000 }],
  ['global', 'free', { model: 'MiniMax-M2-Stable' }, { rpm: 20, tpm: 1_000_000 }],
  ['global', 'paid', { model: 'MiniMax-M2-Stable' }, { rpm: 500, tpm: 20_000_000 }],
  ['global', 'paid', { api: 'voice-clone' }, { rpm: 60 }],
  ['global', 'free', { api: 'voice-design' }, { rpm: 20 }],
  ['global', 'paid', { model: 'image-01' }, { rpm: 10, tpm: 60 }],
  ['global', 'free', { model: 'music-2.0' }, { rpm: 120, conn: 20 }],
  ['global', 'paid', { model: 'Music-2.0' }, { rpm: 120, conn: 20 }],
  // Newer text models (cited): paid limits as quoted, free ones at the seeds' stricter free text limit.
  ...(['cn', 'global'] as const).flatMap((region): Row[] => [
    [region, 'paid', { model: 'MiniMax-M3' }, { rpm: 200, tpm: 10_000_000 }],
    [region, 'free', { model: 'MiniMax-M3' }, { rpm: 20, tpm: 1_000_000 }],
    ...[
      'MiniMax-M2.7',
      'MiniMax-M2.7-highspeed',
      'MiniMax-M2.5',
      'MiniMax-M2.5-highspeed',
      'MiniMax-M2.1',
      'minimax-m2.1-lightning',
    ].flatMap((model): Row[] => [
      [region, 'paid', { model }, { rpm: 500, tpm: 20_000_000 }],
      [region, 'free', { model }, { rpm: 20, tpm: 1_000_000 }],
    ]),
  ]),
];

describe('rateLimits', () => {
  it('reads tables that match their schema', () => {
    expect(rateLimitTableSchema.safeParse(cnRateLimits).success).toBe(true);
    expect(rateLimitTableSchema.safeParse(globalRateLimits).success).toBe(true);
  });

  it.each(rows)('%s %s %j → %j', (region, tier, query, expected) => {
    const limits = rateLimits({ region, tier, ...query });
    expect({ rpm: limits.rpm, tpm: limits.tpm, conn: limits.conn }).toEqual({
      rpm: expected.rpm,
      tpm: expected.tpm,
      conn: expected.conn,
    });
  });

  it('keeps the stricter CN reading for paid MiniMax-M2 and says why', () => {
    const limits = rateLimits({ region: 'cn', tier: 'paid', model: 'MiniMax-M2' });
    expect(limits.note).toMatch(/Sources conflict/);
    expect(limits.sources).toHaveLength(2);
  });

  it('shares one scope between the models of a row', () => {
    const hd = rateLimits({ region: 'cn', tier: 'paid', model: 'speech-2.6-hd' });
    const turbo = rateLimits({ region: 'cn', tier: 'paid', model: 'speech-02-turbo' });
    expect(hd.scope).toBe('t2a');
    expect(turbo.scope).toBe(hd.scope);
    expect(rateLimits({ region: 'cn', tier: 'paid', model: 'MiniMax-M2' }).scope).toBe('text:MiniMax-M2');
  });

  it('says what TPM counts', () => {
    expect(rateLimits({ region: 'global', tier: 'paid', model: 'speech-02-hd' }).tpmUnit).toBe('character');
    expect(rateLimits({ region: 'cn', tier: 'paid', model: 'image-01' }).tpmUnit).toBe('image');
    expect(rateLimits({ region: 'cn', tier: 'paid', model: 'MiniMax-M2' }).tpmUnit).toBe('token');
  });

  it('throws, listing what is documented, when MiniMax documents no limit', () => {
    const attempt = () => rateLimits({ region: 'cn', tier: 'paid', model: 'M2-her' });
    expect(attempt).toThrow(LimitNotFoundError);
    expect(attempt).toThrow(/Documented: MiniMax-M2, MiniMax-M2-Stable/);
    expect(() => rateLimits({ region: 'global', tier: 'paid', model: 'image-01-live' })).toThrow(
      LimitNotFoundError,
    );
    expect(() => rateLimits({ region: 'cn', tier: 'gold' as AccountTier, model: 'MiniMax-M2' })).toThrow(
      /"free" or "paid"/,
    );
    expect(() => rateLimits({ region: 'cn', tier: 'paid' })).toThrow(/model or api is required/);
  });

  it('answers by scope, for every model of the API', () => {
    expect(scopeLimits('cn', 'paid', 'music')).toEqual({ rpm: 120, conn: 20 });
    expect(scopeLimits('global', 'free', 'text:MiniMax-M2-Stable')).toEqual({ rpm: 20, tpm: 1_000_000 });
    expect(scopeLimits('cn', 'paid', 'text:M2-her')).toBeUndefined();
    expect(scopeLimits('global', 'paid', 'text:MiniMax-M2.7')).toEqual({ rpm: 500, tpm: 20_000_000 });
  });
});
