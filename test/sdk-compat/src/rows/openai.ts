import type OpenAI from 'openai';
import { expect } from 'vitest';
import type { OpenAIMajor } from '../clients.js';
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

type Messages = OpenAI.ChatCompletionMessageParam[];
const model = 'MiniMax-M2';
const tools: OpenAI.ChatCompletionTool[] = [
  { type: 'function', function: { name: 'get_weather', parameters: weatherJson } },
];
const ask = (content: string): Messages => [{ role: 'user', content }];

/**
 * The official `openai` client on MiniMax's OpenAI-compatible endpoint. Both majors share this
 * code: the chat completions API they expose is the same, so it is typed against the newest.
 */
export function openaiRow({ name, Client, responseFormat }: OpenAIMajor): Row {
  const client = (env: Env, apiKey = env.key) =>
    new Client({ apiKey, baseURL: `${env.url}/v1`, fetch: env.fetch, maxRetries: 0 });
  const weather = (call: OpenAI.ChatCompletionMessageToolCall | undefined) => {
    if (call?.type !== 'function') throw new Error('expected a function call');
    expect(call.function.name).toBe('get_weather');
    return weatherInput.parse(JSON.parse(call.function.arguments));
  };

  return {
    name,
    cells: {
      async generate(env) {
        const reply = await client(env).chat.completions.create({ model, messages: ask('Hello') });
        expect(reply.choices[0]?.finish_reason).toBe('stop');
        expect(reply.choices[0]?.message.content?.length).toBeGreaterThan(0);
      },
      async stream(env) {
        const stream = await client(env).chat.completions.create({
          model,
          messages: ask('Hi'),
          stream: true,
        });
        let text = '';
        let finish: string | null | undefined;
        for await (const chunk of stream) {
          text += chunk.choices[0]?.delta.content ?? '';
          finish = chunk.choices[0]?.finish_reason ?? finish;
        }
        expect(text.length).toBeGreaterThan(0);
        expect(finish).toBe('stop');
      },
      async 'tools-required'(env) {
        const reply = await client(env).chat.completions.create({
          model,
          messages: ask('Trip?'),
          tools,
          tool_choice: 'required',
        });
        expect(reply.choices[0]?.finish_reason).toBe('tool_calls');
        weather(reply.choices[0]?.message.tool_calls?.[0]);
      },
      async 'tools-auto'(env) {
        const prompts = autoPrompts('get_weather');
        const openai = client(env);
        const called = await openai.chat.completions.create({ model, messages: ask(prompts.naming), tools });
        weather(called.choices[0]?.message.tool_calls?.[0]);
        const plain = await openai.chat.completions.create({ model, messages: ask(prompts.plain), tools });
        expect(plain.choices[0]?.message.tool_calls ?? []).toEqual([]);
        expect(plain.choices[0]?.finish_reason).toBe('stop');
      },
      async 'tools-streamed'(env) {
        // With reasoning_split the thinking streams in its own field beside the call's deltas.
        const params = { model, messages: ask('Trip?'), tools, tool_choice: 'required' as const };
        const stream = client(env).chat.completions.stream({
          ...params,
          reasoning_split: true,
        } as typeof params);
        const completion = await stream.finalChatCompletion();
        expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
        weather(completion.choices[0]?.message.tool_calls?.[0]);
      },
      async 'tool-result'(env) {
        const openai = client(env);
        const messages = ask('Weather in Oslo?');
        const first = await openai.chat.completions.create({
          model,
          messages,
          tools,
          tool_choice: 'required',
        });
        const message = first.choices[0]?.message;
        const call = message?.tool_calls?.[0];
        weather(call);
        messages.push(message as OpenAI.ChatCompletionMessageParam, {
          role: 'tool',
          tool_call_id: call?.id ?? '',
          content: toolResult,
        });
        const second = await openai.chat.completions.create({ model, messages, tools });
        expect(second.choices[0]?.finish_reason).toBe('stop');
        expect(second.choices[0]?.message.content).toContain(toolResult);
      },
      async structured(env) {
        const parsed = await client(env).chat.completions.parse({
          model,
          messages: ask('Review this'),
          response_format: responseFormat(review, 'review'),
        });
        expect(review.parse(parsed.choices[0]?.message.parsed)).toBeTruthy();
      },
      async 'error-auth'(env) {
        const error = await rejection(
          client(env, env.badKey).chat.completions.create({ model, messages: ask('x') }),
        );
        expect(error).toBeInstanceOf(Client.AuthenticationError);
        expect((error as { status?: number }).status).toBe(401);
        expect((error as Error).message).toMatch(loginFail);
        expect(String(error)).not.toContain(env.badKey);
      },
      async 'error-tool'(env) {
        const error = await rejection(
          client(env).chat.completions.create({
            model,
            messages: ask('x'),
            tools: [{ type: 'function', function: { name: 'get_weather', parameters: brokenSchema } }],
          }),
        );
        expect(error).toBeInstanceOf(Client.BadRequestError);
        // The envelope's `error` object, as the SDK keeps it.
        expect((error as { error?: unknown }).error).toMatchObject({ type: 'bad_request_error' });
        expect((error as Error).message).toMatch(brokenTool);
      },
      async 'error-choice'(env) {
        const error = await rejection(
          client(env).chat.completions.create({
            model,
            messages: ask('x'),
            tools,
            tool_choice: { type: 'function', function: { name: 'nope' } },
          }),
        );
        expect(error).toBeInstanceOf(Client.BadRequestError);
        expect((error as Error).message).toMatch(absentChoice);
      },
      async thinking(env) {
        // reasoning_split is MiniMax's own parameter (the SDK passes unknown body fields through):
        // the thinking then comes in `reasoning_details` rather than inline in `<think>`.
        const params = { model, messages: ask('Think first') };
        const reply = await client(env).chat.completions.create({
          ...params,
          reasoning_split: true,
        } as typeof params);
        const message = reply.choices[0]?.message as { content: string | null; reasoning_details?: unknown };
        expect(message.reasoning_details).toEqual([expect.objectContaining({ text: expect.any(String) })]);
        expect(message.content).not.toMatch(/<think>/);
      },
      async usage(env) {
        const openai = client(env);
        const reply = await openai.chat.completions.create({ model, messages: ask('Count me') });
        const usage = reply.usage;
        expect(usage?.prompt_tokens).toBeGreaterThan(0);
        expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
        const stream = await openai.chat.completions.create({
          model,
          messages: ask('Count me'),
          stream: true,
          stream_options: { include_usage: true },
        });
        let streamed: OpenAI.CompletionUsage | null | undefined;
        for await (const chunk of stream) streamed = chunk.usage ?? streamed;
        expect(streamed?.completion_tokens).toBeGreaterThan(0);
      },
    },
  };
}
