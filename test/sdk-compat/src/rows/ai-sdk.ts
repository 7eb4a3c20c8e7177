import type * as Ai from 'ai';
import { expect } from 'vitest';
import type { AiMajor, AiProvider, AiSdk } from '../clients.js';
import {
  absentChoice,
  autoPrompts,
  brokenSchema,
  brokenTool,
  loginFail,
  review,
  toolResult,
  weatherInput,
} from '../fixtures.js';
import type { Env, Row } from '../matrix.js';
import { rejection } from './rejection.js';

const calls = (ai: AiSdk, model: Ai.LanguageModel) => {
  const weather = ai.tool({
    description: 'Weather for a city',
    inputSchema: weatherInput,
    execute: async () => toolResult,
  });
  return { model, tools: { get_weather: weather }, maxRetries: 0 };
};

function expectWeather(toolCalls: readonly { toolName: string; input: unknown }[]) {
  expect(toolCalls[0]?.toolName).toBe('get_weather');
  weatherInput.parse(toolCalls[0]?.input);
}

/** The AI SDK (`generateText`, `streamText`, `Output.object`) at one major, with one provider. */
export function aiSdkRow({ name: major, sdk: ai }: AiMajor, provider: AiProvider): Row {
  const model = (env: Env, key = env.key) => provider.model({ ...env, key }, 'MiniMax-M2');
  const apiError = async (promise: Promise<unknown>, status: number, message: RegExp) => {
    const error = await rejection(promise);
    expect(ai.APICallError.isInstance(error)).toBe(true);
    expect((error as Ai.APICallError).statusCode).toBe(status);
    expect((error as Error).message).toMatch(message);
    return error as Ai.APICallError;
  };

  return {
    name: `${major} + ${provider.name}`,
    cells: {
      async generate(env) {
        const result = await ai.generateText({ model: model(env), prompt: 'Hello', maxRetries: 0 });
        expect(result.finishReason).toBe('stop');
        expect(result.text.length).toBeGreaterThan(0);
      },
      async stream(env) {
        const result = ai.streamText({ model: model(env), prompt: 'Hi', maxRetries: 0 });
        let streamed = '';
        for await (const delta of result.textStream) streamed += delta;
        expect(streamed.length).toBeGreaterThan(0);
        expect(await result.finishReason).toBe('stop');
      },
      async 'tools-required'(env) {
        const result = await ai.generateText({
          ...calls(ai, model(env)),
          toolChoice: 'required',
          prompt: 'Trip?',
        });
        expect(result.finishReason).toBe('tool-calls');
        expectWeather(result.toolCalls);
      },
      async 'tools-auto'(env) {
        const prompts = autoPrompts('get_weather');
        const called = await ai.generateText({ ...calls(ai, model(env)), prompt: prompts.naming });
        expectWeather(called.toolCalls);
        const plain = await ai.generateText({ ...calls(ai, model(env)), prompt: prompts.plain });
        expect(plain.toolCalls).toEqual([]);
        expect(plain.finishReason).toBe('stop');
      },
      async 'tools-streamed'(env) {
        const result = ai.streamText({ ...calls(ai, model(env)), toolChoice: 'required', prompt: 'Trip?' });
        expectWeather(await result.toolCalls);
        expect(await result.finishReason).toBe('tool-calls');
      },
      async 'tool-result'(env) {
        // The SDK's own loop: the call, the tool's result sent back, the answer quoting it.
        const result = await ai.generateText({
          ...calls(ai, model(env)),
          prompt: 'Use get_weather for Lima',
          stopWhen: ai.stepCountIs(3),
        });
        expect(result.steps.length).toBe(2);
        expect(result.text).toContain(toolResult);
      },
      async structured(env) {
        const result = await ai.generateText({
          model: model(env),
          output: ai.Output.object({ schema: review }),
          prompt: 'Review',
          maxRetries: 0,
        });
        expect(review.parse(result.output)).toBeTruthy();
      },
      async 'error-auth'(env) {
        const error = await apiError(
          ai.generateText({ model: model(env, env.badKey), prompt: 'x', maxRetries: 0 }),
          401,
          loginFail,
        );
        expect(JSON.stringify(error.requestBodyValues)).not.toContain(env.badKey);
      },
      async 'error-tool'(env) {
        const broken = ai.tool({
          inputSchema: ai.jsonSchema<{ city: string }>(brokenSchema as Ai.JSONSchema7),
          execute: async () => toolResult,
        });
        const error = await apiError(
          ai.generateText({ model: model(env), tools: { get_weather: broken }, prompt: 'x', maxRetries: 0 }),
          400,
          brokenTool,
        );
        expect(error.responseBody).toMatch(/"type":"error"/);
      },
      async 'error-choice'(env) {
        await apiError(
          ai.generateText({
            ...calls(ai, model(env)),
            toolChoice: { type: 'tool', toolName: 'nope' as 'get_weather' },
            prompt: 'x',
          }),
          400,
          absentChoice,
        );
      },
      async thinking(env) {
        const thinker =
          provider.thinking === 'think-tags'
            ? ai.wrapLanguageModel({
                model: model(env) as Parameters<typeof ai.wrapLanguageModel>[0]['model'],
                middleware: ai.extractReasoningMiddleware({ tagName: 'think' }),
              })
            : model(env);
        const result = await ai.generateText({ model: thinker, prompt: 'Think first', maxRetries: 0 });
        expect(result.reasoningText?.length).toBeGreaterThan(0);
        expect(result.text).not.toMatch(/<think>/);
        expect(result.text.length).toBeGreaterThan(0);
      },
      async usage(env) {
        const whole = await ai.generateText({ model: model(env), prompt: 'Count me', maxRetries: 0 });
        expect(whole.usage.inputTokens).toBeGreaterThan(0);
        expect(whole.usage.totalTokens).toBe(
          (whole.usage.inputTokens ?? 0) + (whole.usage.outputTokens ?? 0),
        );
        const streamed = ai.streamText({ model: model(env), prompt: 'Count me', maxRetries: 0 });
        await streamed.consumeStream();
        expect((await streamed.usage).outputTokens).toBeGreaterThan(0);
      },
    },
  };
}
