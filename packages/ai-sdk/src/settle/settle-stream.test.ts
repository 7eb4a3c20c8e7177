import { createLimiter } from '@minimax-kit/limiter';
import { describe, expect, it } from 'vitest';
import { used } from '../__fixtures__/mock-run.js';
import { admitCall } from '../admit-call.js';
import { resolveMiddlewareOptions } from '../middleware-options.js';
import type { UsageLike } from '../model-shapes.js';
import type { CallReport } from './call-report.js';
import { settleStream } from './settle-stream.js';

const usage = (input: number | undefined, output: number | undefined): UsageLike => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output },
});

const streamOf = (parts: unknown[]) =>
  new ReadableStream<unknown>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });

async function run(parts: unknown[]) {
  const limiter = createLimiter({ region: 'global' });
  const settings = resolveMiddlewareOptions({ limiter });
  const call = await admitCall(settings, 'MiniMax-M2', {
    prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }],
    maxOutputTokens: 100,
  });
  const reserved = used(limiter, 'tpm:');
  const out: unknown[] = [];
  const reader = settleStream(streamOf(parts), call).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) out.push(next.value);
  return { limiter, reserved, out };
}

describe('settleStream', () => {
  it('settles at the finish part and adds the report to its metadata, keeping the provider’s', async () => {
    const finish = { type: 'finish', usage: usage(10, 20), providerMetadata: { anthropic: { id: 'x' } } };
    const { limiter, reserved, out } = await run([{ type: 'text-delta', delta: 'Hi' }, finish]);
    expect(reserved).toBeGreaterThan(100);
    expect(used(limiter, 'tpm:')).toBe(30);
    const last = out.at(-1) as { providerMetadata: { anthropic: unknown; minimaxKit: CallReport } };
    expect(last.providerMetadata.anthropic).toEqual({ id: 'x' });
    expect(last.providerMetadata.minimaxKit.cost).toMatchObject({ priced: true, currency: 'USD' });
    expect(out[0]).toEqual({ type: 'text-delta', delta: 'Hi' });
  });

  it('a finish without usage keeps the whole reservation and says the call is unpriced', async () => {
    const { limiter, reserved, out } = await run([{ type: 'finish', usage: usage(undefined, undefined) }]);
    expect(used(limiter, 'tpm:')).toBe(reserved);
    const report = (out[0] as { providerMetadata: { minimaxKit: CallReport } }).providerMetadata.minimaxKit;
    expect(report.cost).toMatchObject({ priced: false });
  });

  it('a stream that ends without a finish part keeps its reservation', async () => {
    const { limiter, reserved } = await run([{ type: 'text-delta', delta: 'Hi' }]);
    expect(used(limiter, 'tpm:')).toBe(reserved);
  });
});
