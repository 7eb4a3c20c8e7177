import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { hi, setup } from '../__fixtures__/setup.js';
import { openTelemetry } from '../index.js';

// The same telemetry in every runtime the client supports (here Node and the edge runtime), with
// the SDK's tracer and no context manager: spans are made and ended all the same.
describe('telemetry in any runtime', () => {
  it('makes and ends the span of a call and of a stream', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    const apis = {
      trace: { getTracer: provider.getTracer.bind(provider), getActiveSpan: trace.getActiveSpan },
    };
    const { client } = setup({}, { telemetry: openTelemetry(apis), maxRetries: 0 });
    await client.chat.create(hi);
    const message = await client.messages.stream({ ...hi, max_tokens: 50 }).final();
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => [span.name, span.attributes['gen_ai.operation.name']])).toEqual([
      ['chat MiniMax-M2', 'chat'],
      ['chat MiniMax-M2', 'chat'],
    ]);
    expect(spans[1]?.attributes).toMatchObject({
      'gen_ai.response.id': message.id,
      'gen_ai.response.finish_reasons': [message.stop_reason],
      'gen_ai.usage.output_tokens': message.usage.output_tokens,
      'minimax_kit.cost.currency': 'CNY',
    });
  });
});
