import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import Anthropic from '@anthropic-ai/sdk';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createMockMiniMax } from '../create-mock.js';

/**
 * Tool calls and structured output as the SDKs people use parse them, against the mock's `fetch`.
 * Each client is one row of `clients`; the compatibility matrix (more SDK majors, the same through
 * `limiter.wrap`) adds rows and a `wrap` of the fetch, not new tests.
 */
type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
const base = 'https://api.minimax.io';
const key = 'sk-api-mock';
const wrap = (fetch: FetchLike): FetchLike => fetch; // the limiter's matrix passes limitFetch here
const mockFetch = (seed = 1) => wrap(createMockMiniMax({ seed, sleep: async () => {} }).fetch as FetchLike);

const weatherInput = z.object({ city: z.string().min(2), days: z.int().min(1).max(7) });
const weatherJson = z.toJSONSchema(weatherInput) as Record<string, unknown>;
const review = z.object({
  title: z.string(),
  rating: z.int().min(1).max(5),
  tags: z.array(z.enum(['a', 'b'])),
});

describe('openai (6)', () => {
  const client = (seed?: number) =>
    new OpenAI({ apiKey: key, baseURL: `${base}/v1`, fetch: mockFetch(seed), maxRetries: 0 });
  const tools: OpenAI.ChatCompletionTool[] = [
    { type: 'function', function: { name: 'get_weather', parameters: weatherJson } },
  ];

  it('reads a required tool call, then answers the tool-result turn', async () => {
    const openai = client();
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'Weather in Oslo?' }];
    const first = await openai.chat.completions.create({
      model: 'MiniMax-M2',
      messages,
      tools,
      tool_choice: 'required',
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    if (call?.type !== 'function') throw new Error('expected a function call');
    expect(weatherInput.safeParse(JSON.parse(call.function.arguments)).success).toBe(true);
    messages.push(first.choices[0]?.message as OpenAI.ChatCompletionMessageParam, {
      role: 'tool',
      tool_call_id: call.id,
      content: 'rain, 4 °C',
    });
    const second = await openai.chat.completions.create({ model: 'MiniMax-M2', messages, tools });
    expect(second.choices[0]?.finish_reason).toBe('stop');
    expect(second.choices[0]?.message.content).toContain('rain, 4 °C');
  });

  it('assembles a streamed auto tool call with the SDK’s stream helper', async () => {
    // reasoning_split is MiniMax's own parameter: the SDK passes unknown body fields through.
    const params = {
      model: 'MiniMax-M2',
      messages: [{ role: 'user' as const, content: 'call get_weather' }],
      tools,
    };
    const stream = client().chat.completions.stream({ ...params, reasoning_split: true } as typeof params);
    const completion = await stream.finalChatCompletion();
    const call = completion.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && weatherInput.parse(JSON.parse(call.function.arguments))).toBeTruthy();
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('parses json_schema output with zodResponseFormat-style params', async () => {
    const completion = await client().chat.completions.create({
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'Review this' }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'review', schema: z.toJSONSchema(review), strict: true },
      },
    });
    expect(review.safeParse(JSON.parse(completion.choices[0]?.message.content ?? '')).success).toBe(true);
  });
});

describe('@anthropic-ai/sdk', () => {
  const client = () =>
    new Anthropic({ apiKey: key, baseURL: `${base}/anthropic`, fetch: mockFetch(), maxRetries: 0 });
  const tools: Anthropic.Tool[] = [
    { name: 'get_weather', input_schema: weatherJson as Anthropic.Tool.InputSchema },
  ];

  it('reads tool_use from a stream and answers the tool_result turn', async () => {
    const anthropic = client();
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Weather?' }];
    const first = await anthropic.messages
      .stream({ model: 'MiniMax-M2', max_tokens: 500, messages, tools, tool_choice: { type: 'any' } })
      .finalMessage();
    expect(first.stop_reason).toBe('tool_use');
    const use = first.content.find((block) => block.type === 'tool_use');
    if (use?.type !== 'tool_use') throw new Error('expected tool_use');
    expect(weatherInput.safeParse(use.input).success).toBe(true);
    messages.push(
      { role: 'assistant', content: first.content },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: 'snow' }] },
    );
    const second = await anthropic.messages.create({ model: 'MiniMax-M2', max_tokens: 500, messages, tools });
    expect(second.stop_reason).toBe('end_turn');
    expect(second.content.find((block) => block.type === 'text')?.text).toContain('snow');
  });

  it('refuses a tool_choice naming an absent tool with a BadRequestError naming the field', async () => {
    const error = await client()
      .messages.create({
        model: 'MiniMax-M2',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'x' }],
        tools,
        tool_choice: { type: 'tool', name: 'nope' },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect(String((error as Error).message)).toMatch(/tool_choice\.name 'nope'/);
  });
});

describe('ai + @ai-sdk/openai-compatible', () => {
  const model = (seed?: number) =>
    createOpenAICompatible({
      name: 'minimax',
      baseURL: `${base}/v1`,
      apiKey: key,
      fetch: mockFetch(seed),
      includeUsage: true,
      supportsStructuredOutputs: true,
    }).chatModel('MiniMax-M2');
  const weather = tool({
    description: 'Weather for a city',
    inputSchema: weatherInput,
    execute: async ({ city }) => `clear skies over ${city}`,
  });

  it('gets the tool call toolChoice required asks for, streamed and not', async () => {
    const whole = await generateText({
      model: model(),
      tools: { weather },
      toolChoice: 'required',
      prompt: 'Trip?',
    });
    expect(whole.toolCalls[0]?.toolName).toBe('weather');
    expect(whole.finishReason).toBe('tool-calls');
    const streamed = streamText({
      model: model(2),
      tools: { weather },
      toolChoice: 'required',
      prompt: 'Trip?',
    });
    const calls = await streamed.toolCalls;
    expect(weatherInput.safeParse(calls[0]?.input).success).toBe(true);
  });

  it('runs an auto tool loop: the call, the tool result turn, the answer quoting it', async () => {
    const result = await generateText({
      model: model(),
      tools: { weather },
      prompt: 'Use weather for Lima',
      stopWhen: stepCountIs(3),
    });
    expect(result.steps.length).toBe(2);
    expect(result.text).toMatch(/clear skies over/);
    expect(result.totalUsage.outputTokens).toBeGreaterThan(0);
  });

  it('returns a validated object with Output.object', async () => {
    const result = await generateText({
      model: model(),
      output: Output.object({ schema: review }),
      prompt: 'Review',
    });
    expect(review.safeParse(result.output).success).toBe(true);
  });
});
