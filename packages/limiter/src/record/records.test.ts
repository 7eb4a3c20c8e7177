import Anthropic from '@anthropic-ai/sdk';
import { createMiniMaxClient } from '@minimax-kit/client';
import { createMockMiniMax, type MockOptions } from '@minimax-kit/mock';
import OpenAI from 'openai';
import { describe, expect, it, vi } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import { type LimitFetchOptions, limitFetch } from '../fetch/limit-fetch.js';
import type { CallRecord } from './call-record.js';

const secret = 'sk-api-mock';
const hi = { model: 'MiniMax-M2', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 100 };
const base = 'https://api.minimaxi.com';

function setup(mockOptions: MockOptions = {}, options: LimitFetchOptions = {}, limits = {}) {
  const mock = createMockMiniMax({ region: 'cn', ...mockOptions });
  const limiter = createLimiter({ region: 'cn', key: 'team-a', guardMs: 0, limits });
  const records: CallRecord[] = [];
  const fetch = limitFetch(limiter, mock.fetch, {
    onRecord: (record) => void records.push(record),
    ...options,
  });
  const openai = new OpenAI({ apiKey: secret, baseURL: `${base}/v1`, fetch, maxRetries: 0 });
  // Records of answers read from a copy arrive a moment after the caller has its answer.
  const settled = () => vi.waitFor(() => expect(records.length).toBeGreaterThan(0));
  return { mock, limiter, records, fetch, openai, settled };
}

describe('onRecord', () => {
  it('reports each call of the openai SDK once, priced like the client prices it', async () => {
    const { records, openai, mock } = setup();
    const completion = await openai.chat.completions.create(hi);
    await vi.waitFor(() => expect(records).toHaveLength(1));
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of await openai.chat.completions.create({ ...hi, stream: true }))
      usage = chunk.usage ?? usage;
    await vi.waitFor(() => expect(records).toHaveLength(2));
    const [plain, streamed] = records;
    expect(plain).toMatchObject({
      key: 'team-a',
      api: 'chat',
      scope: 'text:MiniMax-M2',
      model: 'MiniMax-M2',
      ended: 'ok',
      status: 200,
      stream: false,
      usage: {
        inputTokens: completion.usage?.prompt_tokens,
        outputTokens: completion.usage?.completion_tokens,
      },
      cost: { priced: true, currency: 'CNY' },
    });
    expect(plain?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(plain?.waitedMs).toBeGreaterThanOrEqual(0);
    expect(plain?.tookMs).toBeGreaterThanOrEqual(0);
    expect(streamed).toMatchObject({
      ended: 'ok',
      stream: true,
      usage: { outputTokens: usage?.completion_tokens },
    });
    // The client, through the same limiter, prices the same answer the same way.
    const client = createMiniMaxClient({
      apiKey: secret,
      region: 'cn',
      fetch: mock.fetch,
      limiter: {
        wrap: (inner) => limitFetch(setup().limiter, inner, { onRecord: (r) => void records.push(r) }),
      },
    });
    const answer = await client.chat.create(hi);
    await vi.waitFor(() => expect(records).toHaveLength(3));
    expect(records[2]?.cost).toEqual(answer.cost);
    expect(answer.cost).toEqual(plain?.cost);
  });

  it('reports the Anthropic SDK’s streams when they end', async () => {
    const { records, fetch } = setup();
    const anthropic = new Anthropic({ apiKey: secret, baseURL: `${base}/anthropic`, fetch, maxRetries: 0 });
    const message = await anthropic.messages.stream(hi).finalMessage();
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({
      api: 'chat',
      ended: 'ok',
      stream: true,
      usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
    });
  });

  it('prices a video on the status query that sees it succeed, through the client', async () => {
    const clock = { t: Date.now() };
    const mock = createMockMiniMax({ region: 'cn', now: () => clock.t });
    const limiter = createLimiter({ region: 'cn', key: 'team-a' });
    const records: CallRecord[] = [];
    const client = createMiniMaxClient({
      apiKey: secret,
      region: 'cn',
      fetch: mock.fetch,
      limiter: { wrap: (fetch) => limiter.wrap(fetch, { onRecord: (record) => void records.push(record) }) },
      sleep: async (ms) => {
        clock.t += ms;
      },
    });
    const clip = await client.video.createAndPoll({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
    await vi.waitFor(() => expect(records.at(-1)?.api).toBe('files'));
    const create = records.find((r) => r.operation === 'create');
    expect(create).toMatchObject({
      api: 'video',
      taskId: clip.taskId,
      cost: { total: '0', note: expect.any(String) },
    });
    const queries = records.filter((r) => r.operation === 'query');
    expect(queries.at(-1)?.cost).toEqual(clip.cost);
    expect(queries.slice(0, -1).every((r) => r.cost.priced && r.cost.total === '0')).toBe(true);
  });

  it('gives each client call a record whose cost is its result’s, streams included', async () => {
    const mock = createMockMiniMax({ region: 'cn' });
    const limiter = createLimiter({ region: 'cn', key: 'team-a' });
    const records: CallRecord[] = [];
    const client = createMiniMaxClient({
      apiKey: secret,
      region: 'cn',
      fetch: mock.fetch,
      limiter: { wrap: (fetch) => limiter.wrap(fetch, { onRecord: (record) => void records.push(record) }) },
    });
    const voice = { model: 'speech-02-hd', text: '你好，世界', voice_setting: { voice_id: 'female-shaonv' } };
    const results = [
      await client.chat.stream(hi).final(),
      await client.messages.stream(hi).final(),
      await client.speech.create(voice),
      await client.speech.stream(voice).final(),
      await client.images.generate({ model: 'image-01', prompt: 'a lighthouse', n: 2 }),
      await client.music.generate({ model: 'music-2.0', prompt: 'jazz', lyrics: '[Verse]\nla la' }),
    ];
    await vi.waitFor(() => expect(records).toHaveLength(results.length));
    for (const result of results) {
      const record = records.find((r) => r.traceId === result.traceId);
      expect(record?.ended).toBe('ok');
      expect(result.cost.priced && Number(result.cost.total) > 0).toBe(true);
      expect(record?.cost).toEqual(result.cost);
    }
  });

  it('reports calls that fail, are refused, aborted or cut off — each exactly once', async () => {
    const { records, openai, mock, fetch } = setup({}, {}, { 'text:MiniMax-M2': { rpm: 1, tpm: 1_000_000 } });
    mock.inject({ path: '/chat/completions', script: [{ type: 'error', code: 1008 }] });
    await expect(openai.chat.completions.create(hi)).rejects.toThrow();
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({
      ended: 'http-error',
      errorCode: 1008,
      cost: { priced: true, total: '0', note: expect.stringMatching(/refused/) },
    });
    // The limiter holds the second call (RPM 1); its caller gives up waiting.
    const waiting = new AbortController();
    const pending = fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(hi),
      signal: waiting.signal,
    });
    waiting.abort();
    await expect(pending).rejects.toThrow();
    expect(records[1]).toMatchObject({
      ended: 'aborted',
      cost: { total: '0', note: expect.stringMatching(/never sent/) },
    });
    expect(records).toHaveLength(2);
  });

  it('tells a network failure, a broken stream and a reader that left apart', async () => {
    const { records, openai, mock } = setup();
    mock.inject({ path: '/chat/completions', script: [{ type: 'reset' }, { type: 'cut', after: 2 }] });
    await expect(openai.chat.completions.create(hi)).rejects.toThrow();
    expect(records[0]).toMatchObject({ ended: 'network-error', cost: { priced: false } });
    await expect(async () => {
      for await (const _ of await openai.chat.completions.create({ ...hi, stream: true }));
    }).rejects.toThrow();
    await vi.waitFor(() => expect(records).toHaveLength(2));
    expect(records[1]).toMatchObject({ ended: 'stream-error', cost: { priced: false } });
    for await (const _ of await openai.chat.completions.create({ ...hi, stream: true })) break;
    await vi.waitFor(() => expect(records).toHaveLength(3));
    expect(records[2]).toMatchObject({
      ended: 'cancelled',
      cost: { priced: false, reason: expect.stringMatching(/before MiniMax reported/) },
    });
  });

  it('never holds the API key, even when the limiter is keyed by it', async () => {
    const mock = createMockMiniMax({ region: 'cn' });
    const limiter = createLimiter({ region: 'cn', key: secret });
    const records: CallRecord[] = [];
    const fetch = limitFetch(limiter, mock.fetch, { onRecord: (record) => void records.push(record) });
    const openai = new OpenAI({ apiKey: secret, baseURL: `${base}/v1`, fetch, maxRetries: 0 });
    await openai.chat.completions.create(hi);
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(JSON.stringify(records)).not.toContain(secret);
    expect(records[0]?.key).toBe(`…${secret.slice(-4)}`);
  });

  it('keeps the call going when onRecord throws, and says so where asked', async () => {
    const seen: unknown[] = [];
    const { openai } = setup(
      {},
      {
        onRecord: () => {
          throw new Error('ledger full');
        },
        onRecordError: (error) => seen.push(error),
      },
    );
    await expect(openai.chat.completions.create(hi)).resolves.toMatchObject({ object: 'chat.completion' });
    await vi.waitFor(() => expect(seen).toEqual([new Error('ledger full')]));
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { openai: quiet } = setup({}, { onRecord: async () => Promise.reject(new Error('down')) });
      await quiet.chat.completions.create(hi);
      await quiet.chat.completions.create(hi);
      await vi.waitFor(() => expect(printed).toHaveBeenCalledTimes(1));
    } finally {
      printed.mockRestore();
    }
  });

  it('dates a record by the limiter’s day: China’s midnight by default', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-01T17:30:00Z') });
    try {
      const { records, openai } = setup();
      await openai.chat.completions.create(hi);
      await vi.waitFor(() => expect(records).toHaveLength(1));
      expect(records[0]?.day).toBe('2026-12-02');
    } finally {
      vi.useRealTimers();
    }
  });
});
