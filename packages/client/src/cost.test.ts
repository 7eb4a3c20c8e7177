import { type CallCost, estimateCost, isDecimalString } from '@minimax-kit/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Clients, calls } from './__fixtures__/every-call.js';
import { hi, setup } from './__fixtures__/setup.js';
import { createMiniMaxClient } from './client.js';
import type { ResponseMeta } from './transport/meta.js';

// What each method's result costs on the mock: work MiniMax bills, or nothing.
const billed = [
  'chat.create',
  'chat.stream',
  'chat.createObject',
  'messages.create',
  'messages.stream',
  'speech.create',
  'speech.stream',
  'speech.createAsync',
  'speech.pollAsync',
  'voices.clone',
  'voices.design',
  'video.poll',
  'video.createAndPoll',
  'images.generate',
  'music.generate',
  'music.stream',
];
// The cn price list has no price for lyrics: the cost says so instead of being 0.
const unpriced = ['music.lyrics'];

describe('the cost of every result', () => {
  it('is declared on every result type', () => {
    expectTypeOf<ResponseMeta['cost']>().toEqualTypeOf<CallCost>();
  });

  it('is carried by every result of every method, exact, out of sight of JSON', async () => {
    const { client } = setup();
    const { client: plan } = setup({}, { apiKey: 'sk-cp-mock' });
    const seen: string[] = [];
    for (const [resource, methods] of Object.entries(calls)) {
      for (const [method, call] of Object.entries(methods) as [string, (c: Clients) => Promise<object>][]) {
        const label = `${resource}.${method}`;
        const result = (await call({ client, plan })) as ResponseMeta;
        const { cost } = result;
        expect(Object.keys(result), label).not.toContain('cost');
        if (!(result instanceof Uint8Array))
          expect(JSON.stringify(result), label).not.toMatch(/"cost"|"priced"/);
        if (unpriced.includes(label)) {
          expect(cost, label).toMatchObject({ priced: false, reason: expect.stringMatching(/lyrics/) });
        } else if (cost.priced) {
          expect(cost.currency, label).toBe('CNY');
          expect(isDecimalString(cost.total), label).toBe(true);
          expect(Number(cost.total) > 0, label).toBe(billed.includes(label));
          expect(cost.lines.length > 0, label).toBe(billed.includes(label));
        } else {
          expect.unreachable(`${label} is not priced: ${cost.reason}`);
        }
        seen.push(label);
      }
    }
    expect(seen).toHaveLength(Object.values(calls).flatMap((methods) => Object.keys(methods)).length);
    expect(seen.filter((label) => (billed.includes(label) ? false : !unpriced.includes(label)))).toHaveLength(
      seen.length - billed.length - unpriced.length,
    );
  });

  it('is core’s quote for the usage MiniMax reported, the same for a completion and its stream', async () => {
    const { client } = setup();
    const completion = await client.chat.create(hi);
    const usage = completion.usage;
    const quote = estimateCost(
      {
        kind: 'text',
        model: 'MiniMax-M2',
        inputTokens: usage?.prompt_tokens ?? -1,
        outputTokens: usage?.completion_tokens ?? -1,
      },
      { region: 'cn' },
    );
    expect(completion.cost).toEqual({ priced: true, ...quote, source: undefined, usage: expect.any(Object) });
    const streamed = await client.chat.stream(hi).final();
    expect(streamed.cost).toEqual(completion.cost);
    const message = await client.messages.stream({ ...hi, max_tokens: 100 }).final();
    expect(message.cost).toMatchObject({
      priced: true,
      usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
    });
  });

  it('of images is by the images made, and of a global client in USD', async () => {
    const { client } = setup({ region: 'global' }, { region: 'global' });
    const images = await client.images.generate({ model: 'image-01', prompt: 'a lighthouse', n: 2 });
    expect(images.cost).toMatchObject({
      priced: true,
      currency: 'USD',
      usage: { kind: 'image', count: Number(images.metadata?.success_count) },
    });
  });

  it('of a task another client started says it cannot be priced, and why', async () => {
    const { client, mock, clock } = setup();
    const { task_id } = await client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
    const other = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      region: 'cn',
      fetch: mock.fetch,
      sleep: async (ms) => {
        clock.t += ms;
      },
    });
    const clip = await other.video.poll(task_id);
    expect(clip.cost).toEqual({ priced: false, reason: expect.stringMatching(/not started by this client/) });
    const ours = await client.video.poll(task_id);
    expect(ours.cost).toMatchObject({ priced: true, lines: [{ part: 'video', unit: 'clip', quantity: 1 }] });
  });
});
