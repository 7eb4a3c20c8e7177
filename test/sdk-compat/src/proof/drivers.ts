import { createAnthropic } from '@ai-sdk/anthropic';
import { createMiniMax } from '@ai-sdk/minimax';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import Anthropic from '@anthropic-ai/sdk';
import { ChatOpenAI } from '@langchain/openai';
import * as ai from 'ai';
import * as ai6 from 'ai6';
import { createAnthropic as createAnthropic6 } from 'ai6-anthropic';
import { createMiniMax as createMiniMax6 } from 'ai6-minimax';
import { createOpenAICompatible as createOpenAICompatible6 } from 'ai6-openai-compatible';
import OpenAI from 'openai';
import OpenAI6 from 'openai6';
import type { AiSdk } from '../rows/ai-sdk.js';

type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Where a driver sends its calls. */
export interface Target {
  /** The mock server's origin. */
  url: string;
  key: string;
  fetch: FetchLike;
}

/** One short chat call, streamed or not, that gives up when `signal` aborts. */
export type Call = (signal: AbortSignal, stream: boolean) => Promise<void>;

/** An SDK the proof drives: its name, and its call for a model at a target. */
export interface Driver {
  name: string;
  call(model: string, target: Target): Call;
}

const prompt = 'Say something short';
const maxTokens = 200;

function openaiDriver(name: string, Client: typeof OpenAI): Driver {
  return {
    name,
    call(model, { url, key, fetch }) {
      const openai = new Client({ apiKey: key, baseURL: `${url}/v1`, fetch, maxRetries: 0 });
      const body = { model, max_tokens: maxTokens, messages: [{ role: 'user' as const, content: prompt }] };
      return async (signal, stream) => {
        if (!stream) {
          await openai.chat.completions.create(body, { signal });
          return;
        }
        for await (const _ of await openai.chat.completions.create({ ...body, stream: true }, { signal }));
      };
    },
  };
}

const anthropicDriver: Driver = {
  name: '@anthropic-ai/sdk 1',
  call(model, { url, key, fetch }) {
    const anthropic = new Anthropic({ apiKey: key, baseURL: `${url}/anthropic`, fetch, maxRetries: 0 });
    const body = { model, max_tokens: maxTokens, messages: [{ role: 'user' as const, content: prompt }] };
    return async (signal, stream) => {
      if (stream) await anthropic.messages.stream(body, { signal }).finalMessage();
      else await anthropic.messages.create(body, { signal });
    };
  },
};

type ModelOf = (model: string, target: Target) => ai.LanguageModel;

function aiDriver(name: string, sdk: AiSdk, modelOf: ModelOf): Driver {
  return {
    name,
    call(model, target) {
      const options = { model: modelOf(model, target), prompt, maxOutputTokens: maxTokens, maxRetries: 0 };
      return async (abortSignal, stream) => {
        if (!stream) {
          await sdk.generateText({ ...options, abortSignal });
          return;
        }
        const result = sdk.streamText({ ...options, abortSignal, onError: () => {} });
        await result.consumeStream();
        await result.finishReason;
      };
    },
  };
}

type Factories = {
  openaiCompatible: typeof createOpenAICompatible;
  anthropic: typeof createAnthropic;
  minimax: typeof createMiniMax;
};

function aiDrivers(major: string, sdk: AiSdk, make: Factories): Driver[] {
  return [
    aiDriver(`ai ${major} + openai-compatible`, sdk, (model, { url, key, fetch }) =>
      make
        .openaiCompatible({ name: 'minimax', baseURL: `${url}/v1`, apiKey: key, fetch, includeUsage: true })
        .chatModel(model),
    ),
    aiDriver(`ai ${major} + anthropic`, sdk, (model, { url, key, fetch }) =>
      make.anthropic({ baseURL: `${url}/anthropic/v1`, apiKey: key, fetch })(model),
    ),
    aiDriver(`ai ${major} + minimax`, sdk, (model, { url, key, fetch }) =>
      make.minimax({ baseURL: `${url}/anthropic/v1`, apiKey: key, fetch })(model.toLowerCase()),
    ),
  ];
}

const langchainDriver: Driver = {
  name: '@langchain/openai 1',
  call(model, { url, key, fetch }) {
    const chat = new ChatOpenAI({
      model,
      apiKey: key,
      maxRetries: 0,
      maxTokens,
      configuration: { baseURL: `${url}/v1`, fetch },
    });
    return async (signal, stream) => {
      if (!stream) {
        await chat.invoke(prompt, { signal });
        return;
      }
      for await (const _ of await chat.stream(prompt, { signal }));
    };
  },
};

/** Every SDK of the matrix, each driven the plain way: one short completion, streamed or not. */
export const drivers: Driver[] = [
  openaiDriver('openai 7', OpenAI),
  openaiDriver('openai 6', OpenAI6 as unknown as typeof OpenAI),
  anthropicDriver,
  ...aiDrivers('7', ai, {
    openaiCompatible: createOpenAICompatible,
    anthropic: createAnthropic,
    minimax: createMiniMax,
  }),
  ...aiDrivers('6', ai6 as unknown as AiSdk, {
    openaiCompatible: createOpenAICompatible6 as unknown as typeof createOpenAICompatible,
    anthropic: createAnthropic6 as unknown as typeof createAnthropic,
    minimax: createMiniMax6 as unknown as typeof createMiniMax,
  }),
  langchainDriver,
];
