import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';
import { type MockServer, startMockServer } from '../node/serve.js';

describe('chat through the official SDKs, against minimax-mock on loopback', () => {
  let server: MockServer;
  let openai: OpenAI;
  let anthropic: Anthropic;

  beforeAll(async () => {
    server = await startMockServer({ region: 'global', limits: { 'text:MiniMax-M2': { rpm: 3 } } });
    openai = new OpenAI({ apiKey: 'sk-api-mock', baseURL: `${server.url}/v1`, maxRetries: 0 });
    anthropic = new Anthropic({ apiKey: 'sk-api-mock', baseURL: `${server.url}/anthropic`, maxRetries: 0 });
  });
  afterAll(() => server.close());

  it('openai reads a completion: text, thinking inline, usage', async () => {
    const completion = await openai.chat.completions.create({
      model: 'MiniMax-M2.7',
      messages: [{ role: 'user', content: 'Hello' }],
      max_tokens: 300,
    });
    const content = completion.choices[0]?.message.content ?? '';
    expect(content).toMatch(/^<think>\n[\s\S]+\n<\/think>\n\n\S/);
    expect(completion.usage?.prompt_tokens).toBe(6); // 4 per message + "Hello" (2)
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );
    expect(completion.choices[0]?.finish_reason).toBe('stop');
  });

  it('openai streams deltas, then a usage-only chunk with no choices, then [DONE]', async () => {
    const stream = await openai.chat.completions.create({
      model: 'MiniMax-M2.5',
      messages: [{ role: 'user', content: '你好' }],
      stream: true,
      reasoning_split: true,
    } as OpenAI.ChatCompletionCreateParamsStreaming);
    let text = '';
    let reasoning = '';
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      text += chunk.choices[0]?.delta.content ?? '';
      const details = (chunk.choices[0]?.delta as { reasoning_details?: { text: string }[] } | undefined)
        ?.reasoning_details;
      reasoning += details?.map((detail) => detail.text).join('') ?? '';
    }
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(text).not.toContain('<think>');
    expect(reasoning.length).toBeGreaterThan(0);
  });

  it('openai raises typed errors: 401 for a bad key, 429 with 1002 past the RPM', async () => {
    const bad = new OpenAI({ apiKey: 'sk-api-wrong', baseURL: `${server.url}/v1`, maxRetries: 0 });
    await expect(
      bad.chat.completions.create(chat() as OpenAI.ChatCompletionCreateParamsNonStreaming),
    ).rejects.toMatchObject({
      status: 401,
      constructor: OpenAI.AuthenticationError,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        openai.chat.completions.create(chat() as OpenAI.ChatCompletionCreateParamsNonStreaming),
      ),
    );
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(rejected).toHaveLength(1);
    const error = (rejected[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.message).toMatch(/\(1002\)/);
  });

  it('anthropic reads a message with thinking and text blocks', async () => {
    const message = await anthropic.messages.create({
      model: 'MiniMax-M2-Stable',
      max_tokens: 200,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(message.type).toBe('message');
    expect(message.content.map((block) => block.type)).toEqual(['thinking', 'text']);
    expect(message.usage.input_tokens).toBe(5);
    expect(message.stop_reason).toBe('end_turn');
  });

  it('anthropic streams the full event sequence into the same message', async () => {
    const stream = anthropic.messages.stream({
      model: 'MiniMax-M2.7',
      max_tokens: 200,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).toContain('content_block_delta');
    expect(message.content.find((block) => block.type === 'text')?.text.length).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(1);
  });

  it('anthropic raises typed errors', async () => {
    const bad = new Anthropic({ apiKey: 'sk-api-wrong', baseURL: `${server.url}/anthropic`, maxRetries: 0 });
    await expect(
      bad.messages.create({
        model: 'MiniMax-M2',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'x' }],
      }),
    ).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    await expect(
      anthropic.messages.create({ model: 'MiniMax-M2-Stable', max_tokens: 10, messages: [] }),
    ).rejects.toBeInstanceOf(Anthropic.BadRequestError);
  });
});

describe('chat details', () => {
  it('cuts the answer at max_tokens with finish_reason length', async () => {
    const { call } = harness();
    const answer = await call('POST', '/v1/chat/completions', chat('MiniMax-M2', { max_tokens: 5 }));
    expect(answer.json.choices[0].finish_reason).toBe('length');
    expect(answer.json.usage.completion_tokens).toBeLessThanOrEqual(5);
  });

  it('serves the native endpoint with reasoning_content and base_resp, streaming included', async () => {
    const { call, mock, base } = harness();
    const answer = await call('POST', '/v1/text/chatcompletion_v2', chat('MiniMax-M1'));
    expect(answer.json).toMatchObject({
      object: 'chat.completion',
      base_resp: { status_code: 0 },
      input_sensitive: false,
    });
    expect(answer.json.choices[0].message).toMatchObject({ role: 'assistant', name: 'MiniMax AI' });
    const stream = await mock.fetch(`${base}/v1/text/chatcompletion_v2`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: JSON.stringify(chat('MiniMax-M2', { stream: true })),
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = (await stream.text()).trim().split('\n\n');
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(JSON.parse((events.at(-2) as string).slice(6))).toMatchObject({
      choices: [],
      base_resp: { status_code: 0 },
    });
  });

  it('counts usage with core’s estimator on the real input and output', async () => {
    const { call } = harness();
    const answer = await call('POST', '/v1/chat/completions', {
      model: 'MiniMax-M2',
      messages: [
        { role: 'system', content: 'abcd'.repeat(10) },
        { role: 'user', content: '字'.repeat(16) },
      ],
    });
    expect(answer.json.usage.prompt_tokens).toBe(4 + 10 + 4 + 10);
  });
});
