import { createMockMiniMax } from '@minimax-kit/mock';
import OpenAI6 from 'openai';
import OpenAI7 from 'openai-7';
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../create-limiter.js';
import type { FetchLike } from './limit-fetch.js';

const scope = 'text:MiniMax-M2';
const limits = { [scope]: { rpm: 100, tpm: 10_000_000 } };
const ask = {
  model: 'MiniMax-M2',
  messages: [{ role: 'user' as const, content: 'Say hello.' }],
  max_tokens: 100_000,
  stream: true as const,
};

// The mock's fetch as a network delivers it: a body's end arrives after its last event (here one
// timer turn later, when a reader that stops at [DONE] has long cancelled; it needs no timer to).
// Notes whether each streamed body was read to its end or cancelled by its reader.
function observed(fetch: FetchLike) {
  const ends: string[] = [];
  const wrapped: FetchLike = async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const reader = response.body.getReader();
    const count = ends.length;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (ends.length === count) {
          ends.push('read');
          controller.close();
        }
      },
      async cancel(reason) {
        ends.push('cancelled');
        await reader.cancel(reason);
      },
    });
    return new Response(body, response);
  };
  return { ends, fetch: wrapped };
}

describe('limitFetch with SDKs that cancel the body at [DONE]', () => {
  it.each([
    ['openai 7', 'cancelled'],
    ['openai 6', 'read'],
  ] as const)('%s: TPM holds the usage the streams reported, not their reservations', async (sdk, end) => {
    const mock = createMockMiniMax({ region: 'global', limits });
    const limiter = createLimiter({ limits });
    const { ends, fetch } = observed(mock.fetch);
    const options = {
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/v1',
      fetch: limiter.wrap(fetch),
    };
    // Each SDK with its own types: a union of the two clients' overloads is not callable.
    const stream = () =>
      sdk === 'openai 7'
        ? new OpenAI7(options).chat.completions.create(ask)
        : new OpenAI6(options).chat.completions.create(ask);
    let seen = 0;
    for (let i = 0; i < 5; i++) {
      for await (const chunk of await stream()) seen += chunk.usage?.total_tokens ?? 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 0)); // the settles after each stream's end
    expect(ends).toEqual(Array(5).fill(end));
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(5 * 1000);
    expect(limiter.snapshot().dimensions[`tpm:${scope}`]?.used).toBe(seen);
    expect((await limiter.refresh()).dimensions[`tpm:${scope}`]?.used).toBe(seen);
    await limiter.close();
  });

  it('a stream its reader leaves before the usage keeps its whole reservation (output was made)', async () => {
    const mock = createMockMiniMax({ region: 'global', limits });
    const limiter = createLimiter({ limits });
    const { ends, fetch } = observed(mock.fetch);
    const openai = new OpenAI7({
      apiKey: 'sk-api-mock',
      baseURL: 'https://api.minimax.io/v1',
      fetch: limiter.wrap(fetch),
    });
    for await (const chunk of await openai.chat.completions.create(ask)) {
      expect(chunk.usage ?? undefined).toBeUndefined();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ends).toEqual(['cancelled']);
    expect((await limiter.refresh()).dimensions[`tpm:${scope}`]?.used).toBeGreaterThan(ask.max_tokens);
    await limiter.close();
  });
});
