import Anthropic from '@anthropic-ai/sdk';
import { ChatOpenAI } from '@langchain/openai';
import {
  type AiMajor,
  type AiProvider,
  aiMajors,
  type OpenAIMajor,
  openaiMajors,
  type Target,
} from '../clients.js';

/** One short chat call, streamed or not, that gives up when `signal` aborts. */
export type Call = (signal: AbortSignal, stream: boolean) => Promise<void>;

/** An SDK the proof drives: its name, and its call for a model at a target. */
export interface Driver {
  name: string;
  call(model: string, target: Target): Call;
}

const prompt = 'Say something short';
const maxTokens = 200;

function openaiDriver({ name, Client }: OpenAIMajor): Driver {
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

function aiDriver({ name, sdk }: AiMajor, provider: AiProvider): Driver {
  return {
    name: `${name} + ${provider.name}`,
    call(model, target) {
      const options = {
        model: provider.model(target, model),
        prompt,
        maxOutputTokens: maxTokens,
        maxRetries: 0,
      };
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
  ...openaiMajors.map(openaiDriver),
  anthropicDriver,
  ...aiMajors.flatMap((major) => major.providers.map((provider) => aiDriver(major, provider))),
  langchainDriver,
];
