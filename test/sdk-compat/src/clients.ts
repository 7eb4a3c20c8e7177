import { createAnthropic } from '@ai-sdk/anthropic';
import { createMiniMax } from '@ai-sdk/minimax';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import * as ai from 'ai';
import * as ai6 from 'ai6';
import { createAnthropic as createAnthropic6 } from 'ai6-anthropic';
import { createMiniMax as createMiniMax6 } from 'ai6-minimax';
import { createOpenAICompatible as createOpenAICompatible6 } from 'ai6-openai-compatible';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import OpenAI6 from 'openai6';
import { zodResponseFormat as zodResponseFormat6 } from 'openai6/helpers/zod';

/** Where a client sends its calls: the origin MiniMax (or the mock) answers on, a key, a fetch. */
export interface Target {
  url: string;
  key: string;
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
}

/** An `openai` major: its client class and its zod helper. Both share the chat completions API. */
export interface OpenAIMajor {
  name: string;
  Client: typeof OpenAI;
  responseFormat: typeof zodResponseFormat;
}

/** openai 7 and 6, typed as the newest. */
export const openaiMajors: OpenAIMajor[] = [
  { name: 'openai 7', Client: OpenAI, responseFormat: zodResponseFormat },
  {
    name: 'openai 6',
    Client: OpenAI6 as unknown as typeof OpenAI,
    responseFormat: zodResponseFormat6 as typeof zodResponseFormat,
  },
];

/** The functions of `ai` the rows use; majors 6 and 7 export them alike, so one type serves both. */
export type AiSdk = typeof ai;

/** An AI SDK provider wired to a target. */
export interface AiProvider {
  name: string;
  /** Where its thinking comes from: MiniMax's inline `<think>` (OpenAI-compatible) or thinking blocks. */
  thinking: 'think-tags' | 'blocks';
  model(target: Target, modelId: string): ai.LanguageModel;
}

type Factories = {
  openaiCompatible: typeof createOpenAICompatible;
  anthropic: typeof createAnthropic;
  minimax: typeof createMiniMax;
};

const providers = (make: Factories): AiProvider[] => [
  {
    name: 'openai-compatible',
    thinking: 'think-tags',
    model: ({ url, key, fetch }, modelId) =>
      make
        .openaiCompatible({
          name: 'minimax',
          baseURL: `${url}/v1`,
          apiKey: key,
          fetch,
          includeUsage: true,
          supportsStructuredOutputs: true,
        })
        .chatModel(modelId),
  },
  {
    name: 'anthropic',
    thinking: 'blocks',
    model: ({ url, key, fetch }, modelId) =>
      make.anthropic({ baseURL: `${url}/anthropic/v1`, apiKey: key, fetch })(modelId),
  },
  {
    name: 'minimax',
    thinking: 'blocks',
    // The provider's own spelling of model ids; MiniMax reads them without regard to case.
    model: ({ url, key, fetch }, modelId) =>
      make.minimax({ baseURL: `${url}/anthropic/v1`, apiKey: key, fetch })(modelId.toLowerCase()),
  },
];

/** An `ai` major with the provider majors built on its provider specification. */
export interface AiMajor {
  name: string;
  sdk: AiSdk;
  providers: AiProvider[];
}

/**
 * ai 7 (provider specification v4) and ai 6 (v3), each with @ai-sdk/openai-compatible, /anthropic
 * and /minimax of its own. The v3 models are typed as what ai 7 calls a model; ai 6 runs them.
 */
export const aiMajors: AiMajor[] = [
  {
    name: 'ai 7',
    sdk: ai,
    providers: providers({
      openaiCompatible: createOpenAICompatible,
      anthropic: createAnthropic,
      minimax: createMiniMax,
    }),
  },
  {
    name: 'ai 6',
    sdk: ai6 as unknown as AiSdk,
    providers: providers({
      openaiCompatible: createOpenAICompatible6 as unknown as typeof createOpenAICompatible,
      anthropic: createAnthropic6 as unknown as typeof createAnthropic,
      minimax: createMiniMax6 as unknown as typeof createMiniMax,
    }),
  },
];
