import Anthropic from '@anthropic-ai/sdk';
import { expect } from 'vitest';
import * as z from 'zod';
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

const model = 'MiniMax-M2';
const max_tokens = 1000;
const tools: Anthropic.Tool[] = [
  { name: 'get_weather', input_schema: weatherJson as Anthropic.Tool.InputSchema },
];
const ask = (content: string): Anthropic.MessageParam[] => [{ role: 'user', content }];
const client = (env: Env, apiKey = env.key) =>
  new Anthropic({ apiKey, baseURL: `${env.url}/anthropic`, fetch: env.fetch, maxRetries: 0 });

function weather(message: Anthropic.Message) {
  expect(message.stop_reason).toBe('tool_use');
  const use = message.content.find((block) => block.type === 'tool_use');
  if (use?.type !== 'tool_use') throw new Error('expected a tool_use block');
  expect(use.name).toBe('get_weather');
  weatherInput.parse(use.input);
  return use;
}

const text = (message: Anthropic.Message) =>
  message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');

/** The official `@anthropic-ai/sdk` on MiniMax's Anthropic-compatible endpoint. */
export const anthropicRow: Row = {
  name: '@anthropic-ai/sdk 1',
  cells: {
    async generate(env) {
      const message = await client(env).messages.create({ model, max_tokens, messages: ask('Hello') });
      expect(message.stop_reason).toBe('end_turn');
      expect(text(message).length).toBeGreaterThan(0);
    },
    async stream(env) {
      let streamed = '';
      const stream = client(env)
        .messages.stream({ model, max_tokens, messages: ask('Hi') })
        .on('text', (delta) => {
          streamed += delta;
        });
      const message = await stream.finalMessage();
      expect(streamed.length).toBeGreaterThan(0);
      expect(streamed).toBe(text(message));
    },
    async 'tools-required'(env) {
      weather(
        await client(env).messages.create({
          model,
          max_tokens,
          messages: ask('Trip?'),
          tools,
          tool_choice: { type: 'any' },
        }),
      );
    },
    async 'tools-auto'(env) {
      const prompts = autoPrompts('get_weather');
      const anthropic = client(env);
      weather(
        await anthropic.messages.create({
          model,
          max_tokens,
          messages: ask(prompts.naming),
          tools,
          tool_choice: { type: 'auto' },
        }),
      );
      const plain = await anthropic.messages.create({
        model,
        max_tokens,
        messages: ask(prompts.plain),
        tools,
      });
      expect(plain.stop_reason).toBe('end_turn');
      expect(plain.content.some((block) => block.type === 'tool_use')).toBe(false);
    },
    async 'tools-streamed'(env) {
      const stream = client(env).messages.stream({
        model,
        max_tokens,
        messages: ask('Trip?'),
        tools,
        tool_choice: { type: 'any' },
      });
      weather(await stream.finalMessage());
    },
    async 'tool-result'(env) {
      const anthropic = client(env);
      const messages = ask('Weather?');
      const first = await anthropic.messages.create({
        model,
        max_tokens,
        messages,
        tools,
        tool_choice: { type: 'any' },
      });
      const use = weather(first);
      messages.push(
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: toolResult }] },
      );
      const second = await anthropic.messages.create({ model, max_tokens, messages, tools });
      expect(second.stop_reason).toBe('end_turn');
      expect(text(second)).toContain(toolResult);
    },
    async structured(env) {
      // MiniMax documents no `output_config.format` (what the SDK's `messages.parse` sends) on this
      // endpoint, so JSON comes the way Anthropic describes for any model: a forced tool whose
      // input schema is the document's.
      const message = await client(env).messages.create({
        model,
        max_tokens,
        messages: ask('Review this'),
        tools: [{ name: 'review', input_schema: z.toJSONSchema(review) as Anthropic.Tool.InputSchema }],
        tool_choice: { type: 'tool', name: 'review' },
      });
      const use = message.content.find((block) => block.type === 'tool_use');
      expect(review.parse(use?.type === 'tool_use' ? use.input : undefined)).toBeTruthy();
    },
    async 'error-auth'(env) {
      const error = await rejection(
        client(env, env.badKey).messages.create({ model, max_tokens, messages: ask('x') }),
      );
      expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
      expect((error as { status?: number }).status).toBe(401);
      expect((error as Error).message).toMatch(loginFail);
      expect(String(error)).not.toContain(env.badKey);
    },
    async 'error-tool'(env) {
      const error = await rejection(
        client(env).messages.create({
          model,
          max_tokens,
          messages: ask('x'),
          tools: [{ name: 'get_weather', input_schema: brokenSchema as Anthropic.Tool.InputSchema }],
        }),
      );
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      // The whole envelope, as the SDK keeps it.
      expect((error as { error?: unknown }).error).toMatchObject({
        type: 'error',
        error: { type: 'bad_request_error' },
      });
      expect((error as Error).message).toMatch(brokenTool);
    },
    async 'error-choice'(env) {
      const error = await rejection(
        client(env).messages.create({
          model,
          max_tokens,
          messages: ask('x'),
          tools,
          tool_choice: { type: 'tool', name: 'nope' },
        }),
      );
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      expect((error as Error).message).toMatch(absentChoice);
    },
    async thinking(env) {
      const message = await client(env)
        .messages.stream({
          model,
          max_tokens: 4000,
          thinking: { type: 'enabled', budget_tokens: 2000 },
          messages: ask('Think first'),
        })
        .finalMessage();
      const thinking = message.content.find((block) => block.type === 'thinking');
      expect(thinking?.type === 'thinking' && thinking.thinking.length).toBeGreaterThan(0);
      expect(text(message)).not.toMatch(/<think>/);
    },
    async usage(env) {
      const anthropic = client(env);
      const message = await anthropic.messages.create({ model, max_tokens, messages: ask('Count me') });
      expect(message.usage.input_tokens).toBeGreaterThan(0);
      expect(message.usage.output_tokens).toBeGreaterThan(0);
      const streamed = await anthropic.messages
        .stream({ model, max_tokens, messages: ask('Count me') })
        .finalMessage();
      expect(streamed.usage.output_tokens).toBeGreaterThan(0);
    },
  },
};
