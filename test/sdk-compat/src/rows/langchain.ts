import { type AIMessageChunk, HumanMessage, ToolMessage, type UsageMetadata } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { ChatOpenAI } from '@langchain/openai';
import { expect } from 'vitest';
import {
  absentChoice,
  autoPrompts,
  brokenSchema,
  brokenTool,
  loginFail,
  review,
  toolResult,
  weatherInput,
  weatherJson,
} from '../fixtures.js';
import type { Env, Row } from '../matrix.js';
import { rejection } from './rejection.js';

const chat = (env: Env, apiKey = env.key) =>
  new ChatOpenAI({
    model: 'MiniMax-M2',
    apiKey,
    maxRetries: 0,
    configuration: { baseURL: `${env.url}/v1`, fetch: env.fetch },
  });

const weather = tool(async () => toolResult, {
  name: 'get_weather',
  description: 'Weather for a city',
  schema: weatherInput,
});

function expectWeather(message: { tool_calls?: { name: string; args: unknown }[] }) {
  expect(message.tool_calls?.[0]?.name).toBe('get_weather');
  weatherInput.parse(message.tool_calls?.[0]?.args);
}

async function collect(stream: AsyncIterable<AIMessageChunk>): Promise<AIMessageChunk> {
  let whole: AIMessageChunk | undefined;
  for await (const chunk of stream) whole = whole ? whole.concat(chunk) : chunk;
  if (!whole) throw new Error('the stream sent nothing');
  return whole;
}

// LangChain keeps the OpenAI client's error and marks it: `lc_error_code`, status and message.
async function expectRefused(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = (await rejection(promise)) as Error & { status?: number; lc_error_code?: string };
  expect(error.status).toBe(status);
  expect(error.message).toMatch(message);
  return error;
}

/** `@langchain/openai`'s ChatOpenAI (with `@langchain/core`) on MiniMax's OpenAI-compatible endpoint. */
export const langchainRow: Row = {
  name: '@langchain/openai 1',
  cells: {
    async generate(env) {
      const message = await chat(env).invoke('Hello');
      expect(message.response_metadata.finish_reason).toBe('stop');
      expect(message.text.length).toBeGreaterThan(0);
    },
    async stream(env) {
      const whole = await collect(await chat(env).stream('Hi'));
      expect(whole.text.length).toBeGreaterThan(0);
    },
    async 'tools-required'(env) {
      const message = await chat(env).bindTools([weather], { tool_choice: 'required' }).invoke('Trip?');
      expectWeather(message);
    },
    async 'tools-auto'(env) {
      const prompts = autoPrompts('get_weather');
      const model = chat(env).bindTools([weather]);
      expectWeather(await model.invoke(prompts.naming));
      const plain = await model.invoke(prompts.plain);
      expect(plain.tool_calls).toEqual([]);
    },
    async 'tools-streamed'(env) {
      const stream = await chat(env).bindTools([weather], { tool_choice: 'required' }).stream('Trip?');
      expectWeather(await collect(stream));
    },
    async 'tool-result'(env) {
      const model = chat(env).bindTools([weather]);
      const messages = [new HumanMessage('Weather in Oslo?')];
      const first = await chat(env).bindTools([weather], { tool_choice: 'required' }).invoke(messages);
      expectWeather(first);
      const call = first.tool_calls?.[0];
      const result = await weather.invoke(call as Parameters<typeof weather.invoke>[0]);
      expect(result).toBeInstanceOf(ToolMessage);
      const second = await model.invoke([...messages, first, result as ToolMessage]);
      expect(second.text).toContain(toolResult);
    },
    async structured(env) {
      // ChatOpenAI's default for a model it does not know: response_format json_schema.
      const parsed = await chat(env).withStructuredOutput(review).invoke('Review this');
      expect(review.parse(parsed)).toBeTruthy();
    },
    async 'error-auth'(env) {
      const error = await expectRefused(chat(env, env.badKey).invoke('x'), 401, loginFail);
      expect(error.lc_error_code).toBe('MODEL_AUTHENTICATION');
      expect(String(error)).not.toContain(env.badKey);
    },
    async 'error-tool'(env) {
      const broken = {
        type: 'function' as const,
        function: { name: 'get_weather', parameters: brokenSchema },
      };
      await expectRefused(chat(env).bindTools([broken]).invoke('x'), 400, brokenTool);
    },
    async 'error-choice'(env) {
      const model = chat(env).bindTools(
        [{ type: 'function', function: { name: 'get_weather', parameters: weatherJson } }],
        {
          tool_choice: { type: 'function', function: { name: 'nope' } },
        },
      );
      await expectRefused(model.invoke('x'), 400, absentChoice);
    },
    thinking: {
      na: 'ChatOpenAI reads a compatible server’s thinking only from `reasoning_content`; MiniMax sends it inline as `<think>` (kept in the text) or, with reasoning_split, as `reasoning_details`',
    },
    async usage(env) {
      const message = await chat(env).invoke('Count me');
      // core 1.4 infers the field per message structure; ChatOpenAI's default one reads as never.
      const usage = message.usage_metadata as UsageMetadata | undefined;
      expect(usage?.input_tokens).toBeGreaterThan(0);
      expect(usage?.total_tokens).toBe((usage?.input_tokens ?? 0) + (usage?.output_tokens ?? 0));
      const streamed = await collect(
        await chat(env).stream('Count me', { stream_options: { include_usage: true } }),
      );
      const streamedUsage = streamed.usage_metadata as UsageMetadata | undefined;
      expect(streamedUsage?.output_tokens).toBeGreaterThan(0);
    },
  },
};
