import { createMiniMaxClient, type MiniMaxClient } from '@minimax-kit/client';
import { createMockMiniMax, type MockOptions } from '@minimax-kit/mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter, type LimiterOptions } from './create-limiter.js';
import { memoryStore } from './stores/memory-store.js';

const minute = 60_000;
const refusals = ['1002', '1039', '1041', '2056'];

/**
 * Offers `perMinute` calls a minute for `minutes` (simulated), through the client and the limiter,
 * against the mock with the documented limits; returns how many MiniMax admitted and refused.
 */
async function drive(
  mockOptions: MockOptions,
  limiterOptions: LimiterOptions,
  call: (client: MiniMaxClient) => Promise<unknown>,
  perMinute: number,
  minutes: number,
  key = 'sk-api-mock',
) {
  const mock = createMockMiniMax(mockOptions);
  const limiter = createLimiter({ ...limiterOptions, store: memoryStore({ now: Date.now }) });
  const client = createMiniMaxClient({
    apiKey: key,
    region: mockOptions.region ?? 'global',
    fetch: mock.fetch,
    limiter,
    maxRetries: 0,
    timeout: 0,
    totalTimeout: 0,
  });
  let completed = 0;
  const end = Date.now() + minutes * minute;
  const calls: Promise<unknown>[] = [];
  const gap = minute / perMinute;
  for (let at = 0; at < minutes * minute; at += gap) {
    calls.push(
      new Promise((resolve) => setTimeout(resolve, at))
        .then(() => call(client))
        .then(() => {
          if (Date.now() <= end) completed += 1;
        }),
    );
  }
  await vi.advanceTimersByTimeAsync(minutes * minute);
  const refused = refusals.reduce((total, code) => total + (mock.state.counts[code] ?? 0), 0);
  void Promise.allSettled(calls);
  return { completed, refused, counts: mock.state.counts };
}

describe('client + limiter against minimax-mock at 3× the documented limits', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('RPM-bound chat (CN paid MiniMax-M2, 20 RPM): no refusals, ≥ 95% of the limit used', async () => {
    const minutes = 10;
    const result = await drive(
      { region: 'cn' },
      { region: 'cn', tier: 'paid' },
      (client) =>
        client.chat.create({
          model: 'MiniMax-M2',
          messages: [{ role: 'user', content: 'hi' }],
          max_tokens: 64,
        }),
      60,
      minutes,
    );
    expect(result.refused).toBe(0);
    expect(result.completed / (20 * minutes)).toBeGreaterThanOrEqual(0.95);
    expect(result.completed).toBeLessThanOrEqual(20 * minutes + 20);
  });

  it('TPM-bound speech (global T2A: 20,000 characters a minute): no refusals, ≥ 95% used', async () => {
    const minutes = 10;
    const text = 'a'.repeat(1000); // 1,000 billing characters: TPM allows 20 a minute, RPM 60
    // The audio is not under test, only its characters. As hex, 8 s of it at the default 128 kbps is
    // 320 kB a call to encode, parse and decode: 200 calls of that took a loaded machine past two
    // minutes. A download URL of 32 kbps audio is billed and limited the same, at a fraction of the work.
    const result = await drive(
      { region: 'global' },
      { region: 'global', tier: 'paid' },
      (client) =>
        client.speech.create({
          model: 'speech-02-hd',
          text,
          voice_setting: { voice_id: 'female-shaonv' },
          audio_setting: { bitrate: 32000 },
          output_format: 'url',
        }),
      60,
      minutes,
    );
    expect(result.refused).toBe(0);
    expect(result.completed / (20 * minutes)).toBeGreaterThanOrEqual(0.95);
  });

  it('TPM-bound chat, output known only once answered: booked at max_tokens, settled to usage, no 1039', async () => {
    const limits = { 'text:MiniMax-M2': { rpm: 1000, tpm: 1000 } };
    const body = {
      model: 'MiniMax-M2',
      messages: [{ role: 'user' as const, content: 'hi' }],
      max_tokens: 256,
    };
    const probe = await createMiniMaxClient({
      apiKey: 'sk-api-mock',
      fetch: createMockMiniMax().fetch,
    }).chat.create(body);
    const used = probe.usage?.total_tokens ?? 0;
    const booked = (probe.usage?.prompt_tokens ?? 0) + body.max_tokens;
    // A window fits calls while what the answered ones used, plus one booking, stays within TPM.
    const perMinute = Math.floor((1000 - booked) / used) + 1;
    expect(perMinute).toBeGreaterThan(3 * Math.floor(1000 / booked)); // settling is what makes room
    const minutes = 10;
    const result = await drive(
      { region: 'global', limits },
      { region: 'global', limits },
      (client) => client.chat.create(body),
      3 * perMinute,
      minutes,
    );
    expect(result.refused).toBe(0);
    expect(result.completed / (perMinute * minutes)).toBeGreaterThanOrEqual(0.95);
  });

  it('CONN-bound music (CN free: 3 running songs): no 1041, the slots kept full', async () => {
    const minutes = 10;
    const songMs = 30_000;
    const result = await drive(
      { region: 'cn', tier: 'free', durations: { music: songMs } },
      { region: 'cn', tier: 'free' },
      (client) => client.music.generate({ model: 'music-2.0', prompt: 'jazz', is_instrumental: true }),
      18, // 3 slots × 2 songs a minute × 3
      minutes,
    );
    expect(result.refused).toBe(0);
    // 3 slots, a song takes 30 s: at most 60 songs in 10 minutes; RPM (6) never binds at 6 a minute.
    expect(result.completed / ((3 * minutes * minute) / songMs)).toBeGreaterThanOrEqual(0.95);
  });

  it('Token Plan-bound text (a 30-request 5-hour window): no 2056, the window used in full', async () => {
    const plan = { windowRequests: 30 };
    const result = await drive(
      { region: 'global', keys: [{ key: 'sk-cp-tiny', plan: { ...plan, purchasedAt: '2026-01-01' } }] },
      { region: 'global', plan },
      (client) =>
        client.chat.create({
          model: 'MiniMax-M2.7',
          messages: [{ role: 'user', content: 'hi' }],
          max_tokens: 64,
        }),
      0.3, // 90 requests per 5 hours: 3× the window
      10 * 60,
      'sk-cp-tiny',
    );
    expect(result.refused).toBe(0);
    // 10 hours: two windows of 30
    expect(result.completed).toBeGreaterThanOrEqual(57);
    expect(result.completed).toBeLessThanOrEqual(60);
  });
});
