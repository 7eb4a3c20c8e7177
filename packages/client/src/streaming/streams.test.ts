import { describe, expect, it } from 'vitest';
import { answering, hi, setup } from '../__fixtures__/setup.js';
import { sse } from '../__fixtures__/streams.js';
import { createMiniMaxClient } from '../client.js';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { TimeoutError } from '../errors/timeout-error.js';

describe('streams', () => {
  it('iterates chat chunks and offers text, reasoning and usage at the end', async () => {
    const { client } = setup();
    const stream = client.chat.stream({ ...hi, reasoning_split: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    const result = await stream.final();
    expect(result.text).toBe(text);
    expect(result.reasoning.length).toBeGreaterThan(0);
    expect(result.usage?.total_tokens).toBe(
      (result.usage?.prompt_tokens ?? 0) + (result.usage?.completion_tokens ?? 0),
    );
    expect(result.finishReason).toBe('stop');
    expect(stream.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('splits an inline <think> section from the answer', async () => {
    const { client } = setup();
    const result = await client.chat.stream(hi).final();
    expect(result.content).toMatch(/^<think>/);
    expect(result.text).not.toContain('</think>');
    expect(result.reasoning.length).toBeGreaterThan(0);
  });

  it('assembles an Anthropic-compatible stream into the message create would return', async () => {
    const { client } = setup({ seed: 4 });
    const streamed = await client.messages.stream({ ...hi, max_tokens: 300 }).final();
    const { client: again } = setup({ seed: 4 });
    const created = await again.messages.create({ ...hi, max_tokens: 300 });
    expect(streamed.content.map((block) => block.type)).toEqual(['thinking', 'text']);
    expect(streamed.content[1]?.text).toBe(created.content[1]?.text);
    expect(streamed.usage).toEqual({
      input_tokens: created.usage.input_tokens,
      output_tokens: created.usage.output_tokens,
    });
    expect(streamed.stop_reason).toBe('end_turn');
  });

  it('streams speech chunks once, without the repeated aggregate', async () => {
    const { client } = setup();
    const stream = client.speech.stream({
      model: 'speech-02-hd',
      text: '今天是不是很开心呀',
      voice_setting: { voice_id: 'female-shaonv' },
    });
    let total = 0;
    for await (const chunk of stream) total += chunk.length;
    const result = await stream.final();
    expect(result.audio.length).toBe(total);
    expect(result.extraInfo?.usage_characters).toBe(18);
  });

  it('reads a finished stream’s body to its end instead of cancelling it, so its connection is kept', async () => {
    const encoder = new TextEncoder();
    const parts = [
      'data: {"id":"1","choices":[{"delta":{"content":"a"},"finish_reason":"stop"}]}\n\n',
      'data: {"id":"1","choices":[],"usage":{"total_tokens":1}}\n\n',
      'data: [DONE]\n\n',
      '',
    ];
    let cancelled = false;
    let ended = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.shift();
        if (part === undefined) {
          ended = true;
          controller.close();
        } else controller.enqueue(encoder.encode(part));
      },
      cancel() {
        cancelled = true;
      },
    });
    const client = createMiniMaxClient({
      apiKey: 'sk-api-stream-test-0000',
      fetch: answering(() => new Response(body, { headers: sse })),
    });
    const result = await client.chat.stream(hi).final();
    expect(result.text).toBe('a');
    // The rest is read in the background, on promises alone: done before the next timer turn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ended).toBe(true);
    expect(cancelled).toBe(false);
  });

  it('raises the error envelope a stream request answers with instead of SSE', async () => {
    const { client } = setup({ faults: [{ fault: { type: 'error', code: 1002 } }] }, { maxRetries: 0 });
    await expect(client.chat.stream(hi).final()).rejects.toBeInstanceOf(RateLimitError);
  });

  it('fails a truncated stream with ConnectionError', async () => {
    const { client } = setup({
      faults: [{ path: '/v1/chat/completions', fault: { type: 'cut', after: 2 } }],
    });
    const error = await client.chat
      .stream(hi)
      .final()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('fails a stalled stream after the idle timeout instead of hanging', async () => {
    const { client } = setup(
      { faults: [{ path: '/v1/chat/completions', fault: { type: 'stall', after: 1 } }] },
      { streamIdleTimeout: 150 },
    );
    const started = performance.now();
    const error = await client.chat
      .stream(hi)
      .final()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.phase).toBe('stream-idle');
    expect(performance.now() - started).toBeLessThan(30_000); // the stall is endless: any bound proves the timeout
  });

  it('aborts the request when the loop breaks, and frees a music task’s slot', async () => {
    const { client, mock } = setup({
      faults: [{ path: '/v1/music_generation', fault: { type: 'stall', after: 2 } }],
    });
    const stream = client.music.stream({ model: 'music-2.0', prompt: 'jazz', is_instrumental: true });
    let chunks = 0;
    for await (const _chunk of stream) {
      chunks += 1;
      expect([...mock.state.scopes.values()][0]?.running).toBe(1);
      break;
    }
    expect(chunks).toBe(1);
    expect(stream.controller.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([...mock.state.scopes.values()][0]?.running).toBe(0);
  });

  it('aborts mid-stream through the caller’s signal', async () => {
    const { client, mock } = setup({
      faults: [{ path: '/v1/music_generation', fault: { type: 'stall', after: 1 } }],
    });
    const aborter = new AbortController();
    const stream = client.music.stream(
      { model: 'music-2.0', prompt: 'jazz', is_instrumental: true },
      { signal: aborter.signal },
    );
    const reading = (async () => {
      for await (const _chunk of stream) aborter.abort();
    })();
    await expect(reading).rejects.toBeInstanceOf(AbortError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([...mock.state.scopes.values()][0]?.running).toBe(0);
  });
});
