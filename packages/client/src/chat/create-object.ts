import { ValidationError } from '../errors/validation-error.js';
import { type WithMeta, withMeta } from '../transport/meta.js';
import type { ChatCompletion, ChatParams } from './chat-schemas.js';
import { jsonSchemaOf, type ObjectSchema, validateWith } from './object-schema.js';
import { StructuredOutputError } from './structured-output-error.js';
import type { JsonSchema } from './tool-schemas.js';

/** Parameters of `chat.createObject`: a chat call (its `response_format` is set from `schema`), and the schema. */
export type ObjectParams<T> = ChatParams & {
  schema: ObjectSchema<T>;
  /** The JSON Schema to send, when `schema` cannot write its own (zod/mini: `toJSONSchema(schema)`). */
  jsonSchema?: JsonSchema;
  /** The schema's name in `response_format.json_schema`; `answer` by default. */
  name?: string;
};

/** The validated object, and the completion it came from. */
export interface ObjectResult<T> {
  object: T;
  completion: ChatCompletion;
}

const think = /^\s*<think>[\s\S]*?<\/think>\s*/;

/**
 * Asks for `response_format: json_schema` with the schema's JSON Schema (thinking split off into
 * `reasoning_details`), then parses and validates the answer; `StructuredOutputError` carries the
 * raw text when it is not JSON or the schema refuses it.
 */
export async function createObject<T>(
  create: (params: ChatParams) => Promise<WithMeta<ChatCompletion>>,
  params: ObjectParams<T>,
): Promise<WithMeta<ObjectResult<T>>> {
  const { schema, jsonSchema, name = 'answer', ...chat } = params;
  const sent = jsonSchemaOf(schema, jsonSchema);
  if (!sent) {
    throw new ValidationError('request', [
      {
        path: 'jsonSchema',
        message: 'is required: this schema cannot write its JSON Schema (zod/mini: toJSONSchema)',
      },
    ]);
  }
  const completion = await create({
    reasoning_split: true,
    ...chat,
    response_format: { type: 'json_schema', json_schema: { name, schema: sent, strict: true } },
  });
  const raw = completion.choices[0]?.message.content ?? '';
  const details = { traceId: completion.traceId };
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(think, ''));
  } catch (cause) {
    throw new StructuredOutputError(raw, [], { ...details, cause });
  }
  const checked = await validateWith(schema, value);
  if ('issues' in checked) throw new StructuredOutputError(raw, checked.issues, details);
  return withMeta({ object: checked.value, completion }, completion.response, completion.cost);
}
