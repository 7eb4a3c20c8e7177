import { describe, expect, it } from 'vitest';
import { hi, setup } from '../__fixtures__/setup.js';
import { TokenTimer } from './stream-timing.js';

/** A clock that moves 10 ms every time it is read. */
const ticking = () => {
  let t = 1000;
  return () => {
    t += 10;
    return t;
  };
};

describe('stream timing', () => {
  it('is output tokens ÷ (last token − first token), as seed 004 defines TPS', () => {
    const times = [0, 250, 400, 1250];
    const timer = new TokenTimer(() => times.shift() ?? 0);
    timer.token();
    timer.token();
    timer.token();
    expect(timer.timing(60)).toEqual({ timeToFirstTokenMs: 250, generationMs: 1000, tokensPerSecond: 60 });
    expect(new TokenTimer(() => 5).timing(10)).toEqual({
      timeToFirstTokenMs: undefined,
      generationMs: undefined,
      tokensPerSecond: undefined,
    });
  });

  it('stamps every chat chunk that carries a token, on the injected clock', async () => {
    const { client } = setup();
    const stream = client.chat.stream({ ...hi, reasoning_split: true }, { now: ticking() });
    let tokenChunks = 0;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta;
      if (delta?.content || delta?.reasoning_details?.length) tokenChunks += 1;
    }
    const { timing, usage } = await stream.final();
    expect(tokenChunks).toBeGreaterThan(2);
    expect(timing.timeToFirstTokenMs).toBe(10);
    expect(timing.generationMs).toBe(10 * (tokenChunks - 1));
    expect(timing.tokensPerSecond).toBeCloseTo(
      (usage?.completion_tokens ?? 0) / ((10 * (tokenChunks - 1)) / 1000),
    );
  });

  it('stamps every content_block_delta of a message stream', async () => {
    const { client } = setup();
    const stream = client.messages.stream({ ...hi, max_tokens: 300 }, { now: ticking() });
    let deltas = 0;
    for await (const event of stream) if (event.type === 'content_block_delta') deltas += 1;
    const message = await stream.final();
    expect(message.timing.generationMs).toBe(10 * (deltas - 1));
    expect(message.timing.tokensPerSecond).toBeCloseTo(
      message.usage.output_tokens / ((10 * (deltas - 1)) / 1000),
    );
  });
});
