import { createMockMiniMax } from '@minimax-kit/mock';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { otelSdk } from '../../../../test/otel.ts';
import { createLimiter, type LimiterOptions } from '../create-limiter.js';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { limitFetch } from '../fetch/limit-fetch.js';
import { openTelemetry } from '../index.js';
import type { CallRecord } from '../record/call-record.js';

const key = 'sk-api-mock-4f9c2e7d1a';
const hi = { model: 'MiniMax-M2', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 100 };
let sdk: ReturnType<typeof otelSdk>;

function setup(
  limiterOptions: LimiterOptions = {},
  mockOptions: Parameters<typeof createMockMiniMax>[0] = {},
) {
  sdk = otelSdk();
  const mock = createMockMiniMax({ region: 'global', keys: [{ key }], ...mockOptions });
  const limiter = createLimiter({ guardMs: 0, ...limiterOptions });
  const records: CallRecord[] = [];
  const fetch = limitFetch(limiter, mock.fetch, {
    telemetry: openTelemetry(sdk.apis),
    onRecord: (record) => {
      records.push(record);
    },
  });
  const openai = new OpenAI({ apiKey: key, baseURL: 'https://api.minimax.io/v1', fetch, maxRetries: 0 });
  return { mock, limiter, records, fetch, openai };
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 2));
};

afterEach(() => sdk.shutdown());

describe('limitFetch with openTelemetry', () => {
  it('makes a GenAI CLIENT span and metrics for a chat call, its cost exactly the record’s', async () => {
    const { openai, records } = setup();
    const completion = await openai.chat.completions.create(hi);
    await until(() => records.length === 1);
    const [span] = sdk.spans();
    const record = records[0] as CallRecord;
    expect(span).toMatchObject({
      name: 'chat MiniMax-M2',
      kind: 2,
      status: { code: 0 },
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'minimax',
        'gen_ai.request.model': 'MiniMax-M2',
        'gen_ai.request.max_tokens': 100,
        'gen_ai.response.id': completion.id,
        'gen_ai.response.model': completion.model,
        'gen_ai.response.finish_reasons': ['stop'],
        'gen_ai.usage.input_tokens': completion.usage?.prompt_tokens,
        'gen_ai.usage.output_tokens': completion.usage?.completion_tokens,
        'server.address': 'api.minimax.io',
        'server.port': 443,
        'minimax_kit.response.trace_id': record.traceId,
        'minimax_kit.call.ended': 'ok',
      },
    });
    expect(record.cost.priced && [record.cost.total, record.cost.currency]).toEqual([
      span?.attributes['minimax_kit.cost.total'],
      span?.attributes['minimax_kit.cost.currency'],
    ]);
    expect(span?.attributes['gen_ai.usage.cost']).toBe(Number(span?.attributes['minimax_kit.cost.total']));
    const metrics = await sdk.metrics();
    expect(metrics.get('gen_ai.client.operation.duration')).toEqual([
      {
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': 'minimax',
          'gen_ai.request.model': 'MiniMax-M2',
          'gen_ai.response.model': completion.model,
          'server.address': 'api.minimax.io',
          'server.port': 443,
        },
        value: { count: 1, sum: expect.any(Number) },
      },
    ]);
    expect(
      metrics.get('gen_ai.client.token.usage')?.map((p) => [p.attributes['gen_ai.token.type'], p.value]),
    ).toEqual([
      ['input', { count: 1, sum: completion.usage?.prompt_tokens }],
      ['output', { count: 1, sum: completion.usage?.completion_tokens }],
    ]);
  });

  it('reads a stream’s usage, finish reason and first chunk as it passes', async () => {
    const { openai, records } = setup();
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of await openai.chat.completions.create({ ...hi, stream: true }))
      usage = chunk.usage ?? usage;
    await until(() => records.length === 1);
    const attributes = sdk.spans()[0]?.attributes;
    expect(attributes).toMatchObject({
      'gen_ai.request.stream': true,
      'gen_ai.usage.output_tokens': usage?.completion_tokens,
      'gen_ai.response.finish_reasons': ['stop'],
    });
    expect(attributes?.['gen_ai.response.time_to_first_chunk']).toBeTypeOf('number');
  });

  it('types an error answer by MiniMax’s code, and marks the span failed', async () => {
    const { openai, records } = setup(
      {},
      { faults: [{ path: '/v1/chat/completions', fault: { type: 'error', code: 1033 } }] },
    );
    await expect(openai.chat.completions.create(hi)).rejects.toThrow();
    await until(() => records.length === 1);
    expect(sdk.spans()[0]).toMatchObject({
      status: { code: 2, message: '1033' },
      attributes: { 'error.type': '1033', 'minimax_kit.call.ended': 'http-error' },
    });
    const [duration] = (await sdk.metrics()).get('gen_ai.client.operation.duration') ?? [];
    expect(duration?.attributes['error.type']).toBe('1033');
  });

  it('shows the limiter’s wait as an event and a metric', async () => {
    const limits = { 'text:MiniMax-M2': { rpm: 1, tpm: 100_000 } };
    const { fetch, records } = setup({ limits, timeScale: 0.01 });
    const send = () =>
      fetch('https://api.minimax.io/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify(hi),
        headers: { authorization: `Bearer ${key}` },
      });
    await Promise.all([send(), send()]);
    await until(() => records.length === 2);
    const waits = sdk
      .spans()
      .flatMap((span) => span.events)
      .map(({ name, attributes }) => [
        name,
        attributes['minimax_kit.limiter.waited_ms'],
        attributes['minimax_kit.limiter.waited_on'],
      ]);
    const [first, second] = [...records].sort((a, b) => a.waitedMs - b.waitedMs) as [CallRecord, CallRecord];
    expect(second.waitedMs).toBeGreaterThan(0);
    expect(waits.sort()).toEqual(
      [
        ['minimax_kit.limiter.wait', first.waitedMs, undefined],
        ['minimax_kit.limiter.wait', second.waitedMs, 'rpm:text:MiniMax-M2'],
      ].sort(),
    );
    const waited = (await sdk.metrics()).get('minimax_kit.limiter.wait.duration') ?? [];
    expect(
      waited.map((point) => [point.attributes['minimax_kit.limiter.waited_on'], point.value]).sort(),
    ).toEqual(
      [
        [undefined, { count: 1, sum: first.waitedMs / 1000 }],
        ['rpm:text:MiniMax-M2', { count: 1, sum: second.waitedMs / 1000 }],
      ].sort(),
    );
  });

  it('marks a refused call: event, error.type, the rejection counter', async () => {
    const { fetch, records } = setup({
      budgets: [{ id: 'daily', amount: '0.00001', currency: 'USD', per: 'day' }],
    });
    const refused = fetch('https://api.minimax.io/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify(hi),
      headers: { authorization: `Bearer ${key}` },
    });
    await expect(refused).rejects.toThrow(BudgetExceededError);
    await until(() => records.length === 1);
    expect(sdk.spans()[0]).toMatchObject({
      status: { code: 2 },
      attributes: { 'error.type': 'BudgetExceededError', 'minimax_kit.call.ended': 'not-admitted' },
      events: [{ name: 'minimax_kit.limiter.rejected', attributes: { 'error.type': 'BudgetExceededError' } }],
    });
    const [rejections] = (await sdk.metrics()).get('minimax_kit.limiter.rejections') ?? [];
    expect(rejections).toMatchObject({ value: 1, attributes: { 'error.type': 'BudgetExceededError' } });
  });

  it('makes no span for a request that is not MiniMax’s', async () => {
    sdk = otelSdk();
    const limiter = createLimiter();
    const fetch = limitFetch(limiter, async () => new Response('ok'), { telemetry: openTelemetry(sdk.apis) });
    await fetch('https://example.com/v1/chat/completions/other', { method: 'POST', body: '{}' });
    expect(sdk.spans()).toEqual([]);
  });

  it('never writes the key into a span, event or metric', async () => {
    const { openai, records } = setup();
    await openai.chat.completions.create(hi);
    await until(() => records.length === 1);
    const everything = JSON.stringify([sdk.spans(), [...(await sdk.metrics())]]);
    expect(everything).toContain('chat MiniMax-M2');
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(key.slice(-10));
  });

  it('touches no OpenTelemetry API without telemetry', async () => {
    sdk = otelSdk();
    const mock = createMockMiniMax({ region: 'global', keys: [{ key }] });
    const fetch = limitFetch(createLimiter({ guardMs: 0 }), mock.fetch);
    const openai = new OpenAI({ apiKey: key, baseURL: 'https://api.minimax.io/v1', fetch, maxRetries: 0 });
    await openai.chat.completions.create(hi);
    expect([sdk.spans(), [...(await sdk.metrics())]]).toEqual([[], []]);
  });
});
