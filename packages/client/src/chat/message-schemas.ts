import type { infer as Infer, input as Input } from 'zod/mini';
import {
  array,
  enum as enumOf,
  looseObject,
  minLength,
  nullable,
  number,
  optional,
  string,
  union,
  unknown,
} from 'zod/mini';
import { optionalParam, paramSchema } from '../util/param-schema.js';

const path = '/anthropic/v1/messages';

/** Parameters of an Anthropic-compatible message (`POST /anthropic/v1/messages`). */
export const messageParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  max_tokens: paramSchema<number>(path, 'max_tokens'),
  messages: array(
    looseObject({
      role: enumOf(['user', 'assistant']),
      content: union([string(), array(looseObject({ type: string() }))]),
    }),
  ).check(minLength(1, 'needs at least one message')),
  system: optional(union([string(), array(looseObject({ type: string() }))])),
  temperature: optionalParam<number>(path, 'temperature'),
  top_p: optionalParam<number>(path, 'top_p'),
  tools: optional(array(unknown())),
  tool_choice: optional(unknown()),
  thinking: optional(looseObject({ type: enumOf(['enabled', 'disabled']) })),
});
export type MessageParams = Input<typeof messageParamsSchema>;

/** A content block: `text`, `thinking`, `tool_use` … */
export const contentBlockSchema = looseObject({
  type: string(),
  text: optional(string()),
  thinking: optional(string()),
  signature: optional(string()),
  id: optional(string()),
  name: optional(string()),
  input: optional(unknown()),
});
export type ContentBlock = Infer<typeof contentBlockSchema>;

const usage = looseObject({
  input_tokens: number(),
  output_tokens: number(),
  cache_read_input_tokens: nullable(optional(number())),
  cache_creation_input_tokens: nullable(optional(number())),
});

/** An Anthropic-compatible message (lenient). */
export const messageSchema = looseObject({
  id: string(),
  type: string(),
  role: string(),
  model: string(),
  content: array(contentBlockSchema),
  stop_reason: nullable(optional(string())),
  stop_sequence: nullable(optional(string())),
  usage,
});
export type Message = Infer<typeof messageSchema>;

/** One event of a streamed message (checked lightly: events arrive by the hundred). */
export interface MessageEvent {
  type: string;
  index?: number;
  message?: { id?: string; model?: string; usage?: { input_tokens?: number } };
  content_block?: ContentBlock;
  delta?: {
    type?: string;
    text?: string;
    thinking?: string;
    signature?: string;
    partial_json?: string;
    stop_reason?: string | null;
  };
  usage?: { output_tokens?: number };
}
