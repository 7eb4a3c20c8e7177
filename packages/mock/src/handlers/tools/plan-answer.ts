import { invalidParams } from '../../http/mock-api-error.js';
import type { Random } from '../../util/random.js';
import { checkJsonSchema } from './check-json-schema.js';
import type { JsonSchema } from './json-schema.js';
import { readConversation } from './read-conversation.js';
import { readTools } from './read-tools.js';
import { schemaInstance } from './schema-instance.js';

/** What the mock's model answers: a tool call, a JSON document, a quote of tool results, or prose. */
export type PlannedAnswer =
  | { kind: 'tool'; name: string; arguments: string }
  | { kind: 'json'; content: string }
  | { kind: 'quote'; content: string }
  | { kind: 'text' };

type Body = Record<string, unknown>;
const objectAnswer: JsonSchema = {
  type: 'object',
  properties: { answer: { type: 'string', minLength: 12 } },
  required: ['answer'],
};

function jsonSchemaOf(body: Body): JsonSchema | undefined {
  const format = body.response_format as Body | undefined | null;
  if (format === undefined || format === null) return undefined;
  if (typeof format !== 'object') invalidParams('response_format must be an object');
  if (format.type === 'text') return undefined;
  if (format.type === 'json_object') return objectAnswer;
  if (format.type !== 'json_schema')
    invalidParams(`response_format.type must be one of text, json_object, json_schema`);
  const spec = format.json_schema as Body | undefined;
  if (typeof spec !== 'object' || spec === null)
    invalidParams('response_format.json_schema must be an object with name and schema');
  return checkJsonSchema(spec.schema, 'response_format.json_schema.schema', { object: false });
}

const names = (text: string, name: string) =>
  new RegExp(`(^|[^\\w])${name.replace(/[.-]/g, '\\$&')}($|[^\\w])`, 'i').test(text);

/**
 * Decides the answer to a chat body. With tools offered: `required` / `any` / a named tool always
 * call one (the tool the last user turn names, else a seeded pick); `auto` calls the tool that the
 * last user turn names, and only then; `none` never calls. Tool results that end the conversation
 * are answered by quoting them. `response_format` (OpenAI-style surfaces) asks for a JSON document.
 */
export function planAnswer(body: Body, random: Random, anthropic: boolean): PlannedAnswer {
  const { tools, choice } = readTools(body, anthropic);
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const { lastUserText, results } = readConversation(messages, anthropic);
  const schema = anthropic ? undefined : jsonSchemaOf(body);
  const mentioned = tools.find((tool) => names(lastUserText, tool.name));
  const tool =
    choice.mode === 'named'
      ? tools.find((candidate) => candidate.name === choice.name)
      : choice.mode === 'required'
        ? (mentioned ?? random.pick(tools))
        : choice.mode === 'auto' && results.length === 0
          ? mentioned
          : undefined;
  if (tool)
    return { kind: 'tool', name: tool.name, arguments: JSON.stringify(schemaInstance(tool.schema, random)) };
  if (schema) {
    const value = schemaInstance(schema, random);
    if (schema === objectAnswer && results.length > 0)
      return { kind: 'json', content: JSON.stringify({ answer: results.map((r) => r.text).join('\n') }) };
    return { kind: 'json', content: JSON.stringify(value) };
  }
  if (results.length > 0) {
    const quoted = results.map((result) => `${result.name} returned: ${result.text}`).join('\n');
    return { kind: 'quote', content: `From the tool results — ${quoted}` };
  }
  return { kind: 'text' };
}
