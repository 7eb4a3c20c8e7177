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
import { optionalParam, paramSchema } from '../util/param-schema.js';
import { messageToolSchema } from './tool-schemas.js';

const path = '/anthropic/v1/messages';

/** A content block of a response: `text`, `thinking`, `tool_use` (with its parsed `input`) … */
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

const text = looseObject({ type: literal('text'), text: string() });

/** A block of a request message: text, thinking sent back, a tool call, or a tool's result. */
export const messageParamBlockSchema = union(
  [
    text,
    looseObject({ type: literal('thinking'), thinking: string(), signature: optional(string()) }),
    looseObject({ type: literal('redacted_thinking'), data: string() }),
    looseObject({ type: literal('tool_use'), id: string(), name: string(), input: unknown() }),
    looseObject({
      type: literal('tool_result'),
      tool_use_id: string().check(minLength(1, 'is required')),
      content: optional(union([string(), array(text)])),
      is_error: optional(boolean()),
    }),
  ],
  'must be a text, thinking, tool_use or tool_result block (tool_result needs tool_use_id)',
);
export type MessageParamBlock = Input<typeof messageParamBlockSchema>;

/** `auto`, `any` (some tool), `none`, or one named tool. */
export const messageToolChoiceSchema = union([
  looseObject({ type: enumOf(['auto', 'any', 'none']), disable_parallel_tool_use: optional(boolean()) }),
  looseObject({ type: literal('tool'), name: string(), disable_parallel_tool_use: optional(boolean()) }),
]);
export type MessageToolChoice = Input<typeof messageToolChoiceSchema>;

/** Parameters of an Anthropic-compatible message (`POST /anthropic/v1/messages`). */
export const messageParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  max_tokens: paramSchema<number>(path, 'max_tokens'),
  messages: array(
    union([
      looseObject({ role: literal('user'), content: union([string(), array(messageParamBlockSchema)]) }),
      // An assistant turn may be sent back exactly as a response gave it (`message.content`).
      looseObject({
        role: literal('assistant'),
        content: union([string(), array(union([messageParamBlockSchema, contentBlockSchema]))]),
      }),
    ]),
  ).check(minLength(1, 'needs at least one message')),
  system: optional(union([string(), array(text)])),
  temperature: optionalParam<number>(path, 'temperature'),
  top_p: optionalParam<number>(path, 'top_p'),
  tools: optional(array(messageToolSchema)),
  tool_choice: optional(messageToolChoiceSchema),
  thinking: optional(looseObject({ type: enumOf(['enabled', 'disabled']) })),
});
export type MessageParams = Input<typeof messageParamsSchema>;

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
