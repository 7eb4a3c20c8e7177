import type { input as Input } from 'zod/mini';
import { boolean, literal, looseObject, optional, record, regex, string, unknown } from 'zod/mini';

/** A JSON Schema, as a plain object: what tools and `response_format` carry. */
export const jsonSchemaSchema = record(string(), unknown());
export type JsonSchema = Input<typeof jsonSchemaSchema>;

/** A tool's name as MiniMax (and OpenAI / Anthropic) accept it. */
export const toolNameSchema = string().check(
  regex(/^[a-zA-Z0-9_.-]{1,64}$/, "must be 1-64 letters, digits, '_', '.' or '-'"),
);

/** A function tool of the OpenAI-compatible endpoint: `{ type: 'function', function: { name, parameters } }`. */
export const chatToolSchema = looseObject({
  type: literal('function'),
  function: looseObject({
    name: toolNameSchema,
    description: optional(string()),
    /** The arguments' JSON Schema (an object schema); none for a tool without arguments. */
    parameters: optional(jsonSchemaSchema),
    strict: optional(boolean()),
  }),
});
/** A function tool offered to `chat`. */
export type ChatTool = Input<typeof chatToolSchema>;

/** A tool of the Anthropic-compatible endpoint: `{ name, description, input_schema }`. */
export const messageToolSchema = looseObject({
  name: toolNameSchema,
  description: optional(string()),
  input_schema: jsonSchemaSchema,
});
/** A tool offered to `messages`. */
export type MessageTool = Input<typeof messageToolSchema>;
