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
} from 'zod/mini';
import { optionalParam } from '../util/param-schema.js';
import { chatToolSchema, jsonSchemaSchema } from './tool-schemas.js';

const path = '/v1/chat/completions';
const maxTokens = optionalParam<number>(path, 'max_tokens');
const content = union([string(), array(looseObject({ type: string() })), nullable(string())]);

/** A tool call of an assistant message: `arguments` is JSON text, as the model wrote it. */
export const toolCallSchema = looseObject({
  id: string(),
  type: literal('function'),
  function: looseObject({ name: string(), arguments: string() }),
});
export type ChatToolCall = Infer<typeof toolCallSchema>;

/** One message: `system`, `user`, `assistant` (with its tool calls), or `tool` (a tool's result). */
export const chatMessageSchema = union(
  [
    looseObject({ role: enumOf(['system', 'user']), content, name: optional(string()) }),
    looseObject({
      role: literal('assistant'),
      content: optional(content),
      tool_calls: optional(array(toolCallSchema)),
    }),
    looseObject({
      role: literal('tool'),
      tool_call_id: string().check(minLength(1, 'is required')),
      content,
    }),
  ],
  'must be a system, user, assistant or tool message; a tool message needs tool_call_id',
);
export type ChatMessage = Input<typeof chatMessageSchema>;

/** `none`, `auto`, `required`, or one named function. */
export const chatToolChoiceSchema = union([
  enumOf(['none', 'auto', 'required']),
  looseObject({ type: literal('function'), function: looseObject({ name: string() }) }),
]);
export type ChatToolChoice = Input<typeof chatToolChoiceSchema>;

/** Plain text, any JSON object, or an instance of a JSON Schema. */
export const responseFormatSchema = union([
  looseObject({ type: enumOf(['text', 'json_object']) }),
  looseObject({
    type: literal('json_schema'),
    json_schema: looseObject({ name: string(), schema: jsonSchemaSchema, strict: optional(boolean()) }),
  }),
]);
export type ResponseFormat = Input<typeof responseFormatSchema>;

/** Parameters of an OpenAI-compatible chat completion (`POST /v1/chat/completions`). */
export const chatParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  messages: array(chatMessageSchema).check(minLength(1, 'needs at least one message')),
  temperature: optionalParam<number>(path, 'temperature'),
  top_p: optionalParam<number>(path, 'top_p'),
  max_tokens: maxTokens,
  max_completion_tokens: maxTokens,
  n: optional(literal(1, 'must be 1: MiniMax returns one choice')),
  tools: optional(array(chatToolSchema)),
  tool_choice: optional(chatToolChoiceSchema),
  response_format: optional(responseFormatSchema),
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
        tool_calls: optional(array(toolCallSchema)),
      }),
    }),
  ),
  usage: optional(usage),
});
export type ChatCompletion = Infer<typeof chatCompletionSchema>;

/** A piece of a streamed tool call: `index` says which; `id` and `name` come first, `arguments` in fragments. */
export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

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
      tool_calls?: ToolCallDelta[];
    };
  }[];
  usage?: ChatUsage | null;
}
