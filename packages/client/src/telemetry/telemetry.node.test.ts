import { afterEach, describe, expect, it } from 'vitest';
import { otelSdk } from '../../../../test/otel.ts';
import { type Clients, calls } from '../__fixtures__/every-call.js';
import { hi, setup } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { openTelemetry, TelemetryOptionsError } from '../index.js';

let sdk: ReturnType<typeof otelSdk>;
afterEach(() => sdk.shutdown());

function traced(mockOptions: Parameters<typeof setup>[0] = {}) {
  sdk = otelSdk();
  return setup(mockOptions, { telemetry: openTelemetry(sdk.apis), maxRetries: 0 });
}

describe('the client with openTelemetry', () => {
  it('makes a GenAI CLIENT span per call, whose cost is the result’s', async () => {
    const { client } = traced();
    const completion = await client.chat.create({ ...hi, max_tokens: 64 });
    const [span, more] = sdk.spans();
    expect(more).toBeUndefined();
    expect(span).toMatchObject({
      name: 'chat MiniMax-M2',
      kind: 2,
      status: { code: 0 },
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'minimax',
        'gen_ai.request.model': 'MiniMax-M2',
        'gen_ai.request.max_tokens': 64,
        'gen_ai.response.id': completion.id,
        'gen_ai.response.model': completion.model,
        'gen_ai.response.finish_reasons': ['stop'],
        'gen_ai.usage.input_tokens': completion.usage?.prompt_tokens,
        'gen_ai.usage.output_tokens': completion.usage?.completion_tokens,
        'server.address': 'api.minimaxi.com',
        'server.port': 443,
        'minimax_kit.response.trace_id': completion.traceId,
      },
    });
    expect(completion.cost.priced).toBe(true);
    if (completion.cost.priced)
      expect(span?.attributes).toMatchObject({
        'gen_ai.usage.cost': Number(completion.cost.total),
        'minimax_kit.cost.currency': 'CNY',
        'minimax_kit.cost.total': completion.cost.total,
      });
  });

  it('ends a stream’s span with the stream, its usage read from the stream', async () => {
    const { client } = traced();
    const stream = client.chat.stream(hi);
    await stream.response;
    expect(sdk.spans()).toEqual([]); // open while the stream is read
    const final = await stream.final();
    const [span] = sdk.spans();
    expect(span?.attributes).toMatchObject({
      'gen_ai.request.stream': true,
      'gen_ai.usage.output_tokens': final.usage?.completion_tokens,
      'gen_ai.response.finish_reasons': [final.finishReason],
      'minimax_kit.cost.total': final.cost.priced ? final.cost.total : 'priced',
    });
    expect(span?.attributes['gen_ai.response.time_to_first_chunk']).toBeTypeOf('number');
  });

  it('ends the span of a stream left early as aborted, not as a success', async () => {
    const { client } = traced();
    for await (const chunk of client.chat.stream(hi)) if (chunk) break;
    const [span] = sdk.spans();
    expect(span).toMatchObject({
      status: { code: 2, message: 'The stream was left early.' },
      attributes: { 'gen_ai.request.stream': true, 'error.type': 'AbortError' },
    });
  });

  it('types a failed call by MiniMax’s code, with the client’s message', async () => {
    const { client } = traced({
      faults: [{ path: '/v1/chat/completions', fault: { type: 'error', code: 1008 } }],
    });
    const error = await client.chat.create(hi).catch((e: Error) => e);
    expect(sdk.spans()[0]).toMatchObject({
      status: { code: 2, message: (error as Error).message },
      attributes: { 'error.type': '1008', 'minimax_kit.response.trace_id': expect.any(String) },
    });
    const [duration] = (await sdk.metrics()).get('gen_ai.client.operation.duration') ?? [];
    expect(duration?.attributes['error.type']).toBe('1008');
  });

  it('names what each API does, and ends a span for every request of every method', async () => {
    sdk = otelSdk();
    const telemetry = openTelemetry(sdk.apis);
    const payg = setup({}, { telemetry });
    const plan = setup({}, { apiKey: 'sk-cp-mock', telemetry });
    const clients: Clients = { client: payg.client, plan: plan.client };
    for (const methods of Object.values(calls))
      for (const call of Object.values(methods) as ((c: Clients) => Promise<object>)[]) await call(clients);
    const spans = sdk.spans();
    expect(spans).toHaveLength(payg.attempts.length + plan.attempts.length);
    const names = new Set(spans.map((span) => span.attributes['gen_ai.operation.name']));
    expect([...names]).toEqual(
      expect.arrayContaining(['chat', 'generate_content', 'video.query', 'files.retrieve', 'quota.retrieve']),
    );
    expect(spans.map((span) => span.name)).toContain('generate_content speech-02-hd');
    expect(spans.find((span) => span.name === 'quota.retrieve')?.attributes).not.toHaveProperty(
      'minimax_kit.token_plan.requests',
    );
  });

  it('never writes the key into a span, event or metric', async () => {
    sdk = otelSdk();
    const key = 'sk-api-mock';
    const { client } = setup({}, { apiKey: key, telemetry: openTelemetry(sdk.apis), maxRetries: 0 });
    await client.chat.create(hi);
    await client.chat.stream(hi).final();
    await client.chat.create({ ...hi, model: 'no-such-model' }).catch(() => {});
    const everything = JSON.stringify([sdk.spans(), [...(await sdk.metrics())]]);
    expect(everything).toContain('chat MiniMax-M2');
    expect(everything).not.toContain(key);
  });

  it('touches no OpenTelemetry API without telemetry', async () => {
    sdk = otelSdk();
    const { client } = setup();
    await client.chat.create(hi);
    expect([sdk.spans(), [...(await sdk.metrics())]]).toEqual([[], []]);
  });

  it('refuses, at set-up, telemetry that is not openTelemetry’s, or the APIs without the package', () => {
    sdk = otelSdk();
    const { trace, metrics } = sdk.apis;
    expect(() => createMiniMaxClient({ apiKey: 'sk-api-x', telemetry: { trace, metrics } as never })).toThrow(
      ConfigurationError,
    );
    expect(() => openTelemetry({ trace: undefined, metrics: undefined })).toThrow(TelemetryOptionsError);
  });
});
