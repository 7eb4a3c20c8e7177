import { createAnthropic } from '@ai-sdk/anthropic';
import { createMiniMax } from '@ai-sdk/minimax';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import * as ai from 'ai';
import * as ai6 from 'ai6';
import { createAnthropic as createAnthropic6 } from 'ai6-anthropic';
import { createMiniMax as createMiniMax6 } from 'ai6-minimax';
import { createOpenAICompatible as createOpenAICompatible6 } from 'ai6-openai-compatible';

/** A fetch as the providers take it. */
export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Where a provider sends its calls. */
export interface Target {
  /** The origin, e.g. `https://api.minimax.io`. */
  url: string;
  key: string;
  fetch: Fetch;
}

/** The functions of `ai` the tests use; majors 6 and 7 export them alike, so one type serves both. */
export type AiSdk = typeof ai;

/** A provider of one major, making a model of a target. */
export interface Provider {
  name: string;
  model(target: Target, modelId: string): ai.LanguageModel;
}

type Factories = {
  openaiCompatible: typeof createOpenAICompatible;
  anthropic: typeof createAnthropic;
  minimax: typeof createMiniMax;
};

const providers = (make: Factories): Provider[] => [
  {
    name: 'openai-compatible',
    model: ({ url, key, fetch }, modelId) =>
      make
        .openaiCompatible({ name: 'minimax', baseURL: `${url}/v1`, apiKey: key, fetch, includeUsage: true })
        .chatModel(modelId),
  },
  {
    name: 'anthropic',
    model: ({ url, key, fetch }, modelId) =>
      make.anthropic({ baseURL: `${url}/anthropic/v1`, apiKey: key, fetch })(modelId),
  },
  {
    name: 'minimax',
    // The provider's own spelling of model ids; MiniMax reads them without regard to case.
    model: ({ url, key, fetch }, modelId) =>
      make.minimax({ baseURL: `${url}/anthropic/v1`, apiKey: key, fetch })(modelId.toLowerCase()),
  },
];

/** An `ai` major with the provider majors built on its specification. */
export interface AiMajor {
  name: string;
  sdk: AiSdk;
  providers: Provider[];
}

/** ai 7 (spec v4) with the v4 providers and ai 6 (spec v3) with the v3 ones, typed as ai 7's. */
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

/** Every (ai major, provider) pair, for `describe.each`. */
export const cells = aiMajors.flatMap((major) =>
  major.providers.map((provider) => ({ name: `${major.name} + ${provider.name}`, major, provider })),
);
