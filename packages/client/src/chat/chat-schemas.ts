import type { infer as Infer, input as Input } from 'zod/mini';
import {
  array,
  boolean,
  enum as enumOf,
  literal,
  looseObject,
  minLength,
  nullable,
  number,
  optional,
  string,
  union,
  unknown,
} from 'zod/mini';
import { optionalParam } from '../util/param-schema.js';

const path = '/v1/chat/completions';
const temperature = optionalParam<number>(path, 'temperature');
const maxTokens = optionalParam<number>(path, 'max_tokens');
const content = union([string(), array(looseObject({ type: string() })), nullable(string())]);

/** Parameters of an OpenAI-compatible chat completion (`POST /v1/chat/completions`). */
export const chatParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  messages: array(
    looseObject({ role: enumOf(['system', 'user', 'assistant', 'tool']), content: optional(content) }),
  ).check(minLength(1, 'needs at least one message')),
  temperature,
  top_p: optionalParam<number>(path, 'top_p'),
  max_tokens: maxTokens,
  max_completion_tokens: maxTokens,
  n: optional(literal(1, 'must be 1: MiniMax returns one choice')),
  tools: optional(array(unknown())),
  tool_choice: optional(unknown()),
  /** Move the model's thinking out of `content` into `reasoning_details`. */
  reasoning_split: optional(boolean()),
});
export type ChatParams = Input<typeof chatParamsSchema>;

const usage = looseObject({
  prompt_tokens: number(),
  completion_tokens: number(),
  total_tokens: number(),
  prompt_tokens_details: optional(looseObject({ cached_tokens: optional(number()) })),
  completion_tokens_details: optional(looseObject({ reasoning_tokens: optional(number()) })),
});
export type ChatUsage = Infer<typeof usage>;

const reasoningDetails = optional(array(looseObject({ type: optional(string()), text: string() })));

/** An OpenAI-compatible chat completion (lenient: unknown fields pass). */
export const chatCompletionSchema = looseObject({
  id: string(),
  model: string(),
  created: optional(number()),
  choices: array(
    looseObject({
      index: number(),
      finish_reason: nullable(optional(string())),
      message: looseObject({
        role: string(),
        content: nullable(optional(string())),
        reasoning_details: reasoningDetails,
        tool_calls: optional(array(unknown())),
      }),
    }),
  ),
  usage: optional(usage),
});
export type ChatCompletion = Infer<typeof chatCompletionSchema>;

/** One chunk of a streamed completion (checked lightly: chunks arrive by the hundred). */
export interface ChatChunk {
  id?: string;
  model?: string;
  choices: {
    index?: number;
    finish_reason?: string | null;
    delta?: {
      role?: string;
      content?: string | null;
      reasoning_details?: { type?: string; text: string }[];
      reasoning_content?: string;
    };
  }[];
  usage?: ChatUsage | null;
}
