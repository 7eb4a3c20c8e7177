import { createAnthropic } from '@ai-sdk/anthropic';
import { createMiniMax } from '@ai-sdk/minimax';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import * as ai from 'ai';
import * as ai6 from 'ai6';
import { createAnthropic as createAnthropic6 } from 'ai6-anthropic';
import { createMiniMax as createMiniMax6 } from 'ai6-minimax';
import { createOpenAICompatible as createOpenAICompatible6 } from 'ai6-openai-compatible';
import type { Row } from '../matrix.js';
import { type AiSdk, aiSdkRow, type ModelFor } from './ai-sdk.js';

// Each `ai` major pairs with the provider majors built on its provider specification (ai 6: v3,
// ai 7: v4). The v3 models are typed as what ai 7 calls a model; ai 6 runs them.
type Factories = {
  openaiCompatible: typeof createOpenAICompatible;
  anthropic: typeof createAnthropic;
  minimax: typeof createMiniMax;
};

function rows(major: string, sdk: AiSdk, make: Factories): Row[] {
  const openaiCompatible: ModelFor = (env, apiKey) =>
    make
      .openaiCompatible({
        name: 'minimax',
        baseURL: `${env.base}/v1`,
        apiKey,
        fetch: env.fetch,
        includeUsage: true,
        supportsStructuredOutputs: true,
      })
      .chatModel('MiniMax-M2');
  const anthropic: ModelFor = (env, apiKey) =>
    make.anthropic({ baseURL: `${env.base}/anthropic/v1`, apiKey, fetch: env.fetch })('MiniMax-M2');
  // The provider's own model id spelling; MiniMax reads model ids without regard to case.
  const minimax: ModelFor = (env, apiKey) =>
    make.minimax({ baseURL: `${env.base}/anthropic/v1`, apiKey, fetch: env.fetch })('minimax-m2');
  return [
    aiSdkRow(`ai ${major} + openai-compatible`, sdk, openaiCompatible, 'think-tags'),
    aiSdkRow(`ai ${major} + anthropic`, sdk, anthropic, 'blocks'),
    aiSdkRow(`ai ${major} + minimax`, sdk, minimax, 'blocks'),
  ];
}

/** The AI SDK rows: ai 7 and ai 6, each with @ai-sdk/openai-compatible, /anthropic and /minimax. */
export const aiSdkRows: Row[] = [
  ...rows('7', ai, {
    openaiCompatible: createOpenAICompatible,
    anthropic: createAnthropic,
    minimax: createMiniMax,
  }),
  ...rows('6', ai6 as unknown as AiSdk, {
    openaiCompatible: createOpenAICompatible6 as unknown as typeof createOpenAICompatible,
    anthropic: createAnthropic6 as unknown as typeof createAnthropic,
    minimax: createMiniMax6 as unknown as typeof createMiniMax,
  }),
];
