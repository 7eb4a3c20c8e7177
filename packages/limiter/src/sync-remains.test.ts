import { readFileSync } from 'node:fs';
import { createMiniMaxClient } from '@minimax-kit/client';
import { createMockMiniMax } from '@minimax-kit/mock';
import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';
import { InvalidRemainsError } from './errors/invalid-remains-error.js';
import { memoryStore } from './stores/memory-store.js';

const percentages = JSON.parse(
  readFileSync(
    new URL('../../core/src/token-plan/__fixtures__/remains-percent.json', import.meta.url),
    'utf8',
  ),
);

describe('syncFromRemains', () => {
  it('takes the server’s plan sizes and use for the window, the week and daily quotas', async () => {
    let now = Date.parse('2026-11-23T10:00:00+08:00');
    const limiter = createLimiter({
      plan: { windowRequests: 100 },
      guardMs: 0,
      store: memoryStore({ now: () => now }),
    });
    await limiter.syncFromRemains({
      base_resp: { status_code: 0, status_msg: 'success' },
      model_remains: [
        {
          model_name: 'MiniMax-M*',
          start_time: now - 3_600_000,
          end_time: now + 4 * 3_600_000,
          remains_time: 2 * 3_600_000,
          current_interval_total_count: 1500,
          current_interval_usage_count: 1498, // what is left
          current_weekly_total_count: 15000,
          current_weekly_usage_count: 14000,
          weekly_start_time: now,
          weekly_end_time: now,
          weekly_remains_time: 86_400_000,
          current_weekly_status: 1,
        },
        {
          model_name: 'image-01',
          start_time: now,
          end_time: now,
          remains_time: 14 * 3_600_000,
          current_interval_total_count: 50,
          current_interval_usage_count: 48,
          current_weekly_status: 3,
        },
      ],
    });
    expect(limiter.config.plan).toMatchObject({
      windowRequests: 1500,
      weeklyRequests: 15000,
      daily: { 'image-01': 50 },
    });
    const dims = limiter.snapshot().dimensions;
    expect(dims['plan:window']).toMatchObject({ used: 2, limit: 1500, freesAt: now + 2 * 3_600_000 });
    expect(dims['plan:week']).toMatchObject({ used: 1000, limit: 15000 });
    expect(dims['daily:image-01']).toMatchObject({ used: 2, limit: 50 });
    expect((await limiter.tryAcquire({ daily: { bucket: 'image-01', units: 48 } })).ok).toBe(true);
    expect((await limiter.tryAcquire({ daily: { bucket: 'image-01', units: 1 } })).ok).toBe(false);
    now += 14 * 3_600_000; // midnight China time: a new day
    expect((await limiter.tryAcquire({ daily: { bucket: 'image-01', units: 50 } })).ok).toBe(true);
  });

  it('reads today’s percentages against the plan sizes it knows, and keeps the weekly window', async () => {
    const now = 1780347600000 + 3_600_000;
    const limiter = createLimiter({
      plan: { windowRequests: 1500, weeklyRequests: 15000 },
      guardMs: 0,
      store: memoryStore({ now: () => now }),
    });
    await limiter.syncFromRemains(percentages);
    expect(limiter.config.plan).toMatchObject({ windowRequests: 1500, weeklyRequests: 15000 });
    const dims = limiter.snapshot().dimensions;
    // 89 % of 1500 left, 91 % of 15000 left: never 0 of 0, never a lost week
    expect(dims['plan:window']).toMatchObject({ used: 165, limit: 1500 });
    expect(dims['plan:week']).toMatchObject({ used: 1350, limit: 15000 });
  });

  it('cannot size a window from percentages alone, so it leaves an unknown plan as it is', async () => {
    const limiter = createLimiter({ guardMs: 0 });
    await limiter.syncFromRemains(percentages);
    expect(limiter.config.plan).toBeUndefined();
  });

  it('takes the client’s quota.retrieve() result as it is', async () => {
    const mock = createMockMiniMax({ region: 'cn' });
    const client = createMiniMaxClient({ apiKey: 'sk-cp-mock', region: 'cn', fetch: mock.fetch });
    const limiter = createLimiter({ region: 'cn', plan: { windowRequests: 1 }, guardMs: 0 });
    await limiter.syncFromRemains(await client.quota.retrieve());
    expect(limiter.config.plan?.windowRequests).toBeGreaterThan(1);
  });

  it.each([
    [{ nope: true }, 'base_resp'],
    [null, ''],
    ['{}', ''],
    [{ remains: { nope: true }, quotas: [] }, 'base_resp'],
  ])(
    'refuses %o, which is no remains answer, with a typed error that says where, changing nothing',
    async (body, path) => {
      const limiter = createLimiter({ plan: { windowRequests: 100 } });
      const sync = limiter.syncFromRemains(body);
      await expect(sync).rejects.toBeInstanceOf(InvalidRemainsError);
      await expect(sync).rejects.toMatchObject({ code: 'INVALID_REMAINS', path });
      await expect(sync).rejects.toThrow(/^syncFromRemains takes the body of GET \/v1\/token_plan\/remains/);
      expect(limiter.config.plan).toEqual({ windowRequests: 100 });
    },
  );
});
