import { createMiniMaxClient } from '@minimax-kit/client';
import { createMockMiniMax } from '@minimax-kit/mock';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterEach, describe, expect, it } from 'vitest';
import { otelSdk } from '../../../../test/otel.ts';
import { createLimiter } from '../create-limiter.js';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { limitFetch } from '../fetch/limit-fetch.js';
import { openTelemetry } from '../index.js';

const key = 'sk-api-mock';
const hi = { model: 'MiniMax-M2', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 100 };
const limits = { 'text:MiniMax-M2': { rpm: 1, tpm: 100_000 } };
let sdk: ReturnType<typeof otelSdk>;
afterEach(() => sdk.shutdown());

/** The mock's fetch, inside a span of its own, as an HTTP instrumentation would make. */
function instrumented(fetch: (request: Request) => Promise<Response>) {
  return (input: RequestInfo | URL, init?: RequestInit) =>
    trace.getTracer('http').startActiveSpan('POST', async (span) => {
      try {
        return await fetch(new Request(input, init));
      } finally {
        span.end();
      }
    });
}

describe('the client through a limiter, both with telemetry', () => {
  it('makes one GenAI span per call, with the limiter’s wait on it and the HTTP span under it', async () => {
    sdk = otelSdk();
    const mock = createMockMiniMax({ region: 'global' });
    // RPM 1 in a 3 s window: the second call meets the first's slot however slow the machine is.
    const limiter = createLimiter({ limits, guardMs: 0, timeScale: 0.05 });
    const client = createMiniMaxClient({
      apiKey: key,
      fetch: instrumented(mock.fetch),
      limiter,
      telemetry: openTelemetry(sdk.apis),
      maxRetries: 0,
    });
    await Promise.all([client.chat.create(hi), client.chat.create(hi)]);
    const spans = sdk.spans();
    const genAi = spans.filter((span) => span.name === 'chat MiniMax-M2');
    expect(genAi).toHaveLength(2);
    for (const span of genAi) {
      expect(span.parent).toBeUndefined();
      expect(span.events.map((event) => event.name)).toEqual(['minimax_kit.limiter.wait']);
    }
    const http = spans.filter((span) => span.name === 'POST');
    expect(http.map((span) => span.parent).sort()).toEqual(genAi.map((span) => span.id).sort());
    const metrics = await sdk.metrics();
    expect(metrics.get('gen_ai.client.operation.duration')?.[0]?.value).toMatchObject({ count: 2 });
    const waits = metrics.get('minimax_kit.limiter.wait.duration') ?? [];
    expect(waits.reduce((sum, point) => sum + (point.value as { count: number }).count, 0)).toBe(2);
    expect(
      genAi.flatMap((span) => span.events.map((e) => e.attributes['minimax_kit.limiter.waited_on'])),
    ).toContain('rpm:text:MiniMax-M2');
  });

  it('makes no second span even where no context manager links the limiter to the client', async () => {
    sdk = otelSdk();
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    const unlinked = { getTracer: provider.getTracer.bind(provider), getActiveSpan: () => undefined };
    const client = createMiniMaxClient({
      apiKey: key,
      fetch: createMockMiniMax({ region: 'global' }).fetch,
      limiter: createLimiter({ guardMs: 0 }),
      telemetry: openTelemetry({ trace: unlinked, metrics: sdk.apis.metrics }),
      maxRetries: 0,
    });
    await client.chat.create(hi);
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['chat MiniMax-M2']);
    const metrics = await sdk.metrics();
    expect(metrics.get('gen_ai.client.operation.duration')?.[0]?.value).toMatchObject({ count: 1 });
    expect(metrics.get('minimax_kit.limiter.wait.duration')?.[0]?.value).toMatchObject({ count: 1 });
  });

  it('makes no second span when the client’s fetch is a limitFetch with telemetry', async () => {
    sdk = otelSdk();
    const mock = createMockMiniMax({ region: 'global' });
    const telemetry = openTelemetry(sdk.apis);
    const fetch = limitFetch(createLimiter({ guardMs: 0 }), mock.fetch, { telemetry });
    const client = createMiniMaxClient({ apiKey: key, fetch, telemetry, maxRetries: 0 });
    await client.chat.stream(hi).final();
    expect(sdk.spans().map((span) => [span.name, span.events.length])).toEqual([['chat MiniMax-M2', 1]]);
  });

  it('puts the Token Plan requests a call draws on the client’s span', async () => {
    sdk = otelSdk();
    const mock = createMockMiniMax({ region: 'global' });
    const telemetry = openTelemetry(sdk.apis);
    const client = createMiniMaxClient({
      apiKey: 'sk-cp-mock',
      fetch: mock.fetch,
      limiter: createLimiter(),
      telemetry,
    });
    await client.chat.create({ ...hi, model: 'MiniMax-M2.7' });
    expect(sdk.spans()[0]?.attributes['minimax_kit.token_plan.requests']).toBe(1);
    const [plan] = (await sdk.metrics()).get('minimax_kit.token_plan.requests') ?? [];
    expect(plan?.value).toBe(1);
  });

  it('shows a budget’s refusal on the client’s span', async () => {
    sdk = otelSdk();
    const mock = createMockMiniMax({ region: 'global' });
    const limiter = createLimiter({
      budgets: [{ id: 'daily', amount: '0.00001', currency: 'USD', per: 'day' }],
    });
    const client = createMiniMaxClient({
      apiKey: key,
      fetch: mock.fetch,
      limiter,
      telemetry: openTelemetry(sdk.apis),
      maxRetries: 0,
    });
    await expect(client.chat.create(hi)).rejects.toThrow(BudgetExceededError);
    expect(sdk.spans()).toMatchObject([
      {
        name: 'chat MiniMax-M2',
        status: { code: 2 },
        attributes: { 'error.type': 'BudgetExceededError' },
        events: [
          { name: 'minimax_kit.limiter.rejected', attributes: { 'error.type': 'BudgetExceededError' } },
        ],
      },
    ]);
    const [rejections] = (await sdk.metrics()).get('minimax_kit.limiter.rejections') ?? [];
    expect(rejections?.value).toBe(1);
  });
});
