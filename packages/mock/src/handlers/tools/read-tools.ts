import { invalidParams } from '../../http/mock-api-error.js';
import { checkJsonSchema } from './check-json-schema.js';
import type { JsonSchema } from './json-schema.js';

/** A tool the request offers, in either wire format. */
export interface OfferedTool {
  name: string;
  schema: JsonSchema;
}

/** What `tool_choice` asks for: never, the model's pick, any tool, or one named tool. */
export type ToolChoice = { mode: 'none' | 'auto' | 'required' } | { mode: 'named'; name: string };

type Body = Record<string, unknown>;
const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const noParameters: JsonSchema = { type: 'object', properties: {} };

function readTool(tool: unknown, index: number, anthropic: boolean): OfferedTool {
  const field = `tools[${index}]`;
  if (!isObject(tool)) invalidParams(`${field} must be an object`);
  const fn = anthropic ? tool : tool.function;
  if (!anthropic && tool.type !== 'function') invalidParams(`${field}.type must be 'function'`);
  if (!isObject(fn)) invalidParams(`${field}.function must be an object`);
  const prefix = anthropic ? field : `${field}.function`;
  if (typeof fn.name !== 'string' || !/^[a-zA-Z0-9_.-]{1,64}$/.test(fn.name))
    invalidParams(`${prefix}.name must be 1-64 letters, digits, '_', '.' or '-'`);
  const key = anthropic ? 'input_schema' : 'parameters';
  if (anthropic && fn[key] === undefined) invalidParams(`${prefix}.${key} is required`);
  const schema =
    fn[key] === undefined ? noParameters : checkJsonSchema(fn[key], `${prefix}.${key}`, { object: true });
  return { name: fn.name, schema };
}

function readChoice(choice: unknown, tools: OfferedTool[], anthropic: boolean): ToolChoice {
  if (choice === undefined || choice === null) return { mode: tools.length > 0 ? 'auto' : 'none' };
  let named: unknown;
  if (anthropic) {
    const type = isObject(choice) ? choice.type : undefined;
    if (type === 'auto' || type === 'none') return { mode: type };
    if (type === 'any') return { mode: 'required' };
    if (type !== 'tool') invalidParams(`tool_choice.type must be one of auto, any, tool, none`);
    named = (choice as Body).name;
  } else {
    if (choice === 'auto' || choice === 'none' || choice === 'required') return { mode: choice };
    if (!isObject(choice) || !isObject(choice.function))
      invalidParams(`tool_choice must be 'none', 'auto', 'required' or {type:'function', function:{name}}`);
    named = choice.function.name;
  }
  const field = anthropic ? 'tool_choice.name' : 'tool_choice.function.name';
  if (!tools.some((tool) => tool.name === named))
    invalidParams(`${field} '${String(named)}' is not one of the tools offered`);
  return { mode: 'named', name: String(named) };
}

/**
 * Reads `tools` and `tool_choice` in the OpenAI (`{type:'function', function:{name, parameters}}`)
 * or Anthropic (`{name, input_schema}`) format, refusing malformed ones with a 2013 naming the field.
 */
export function readTools(body: Body, anthropic: boolean): { tools: OfferedTool[]; choice: ToolChoice } {
  const raw = body.tools ?? [];
  if (!Array.isArray(raw)) invalidParams('tools must be an array');
  const tools = raw.map((tool, index) => readTool(tool, index, anthropic));
  const names = new Set(tools.map((tool) => tool.name));
  if (names.size !== tools.length) invalidParams('tools must have distinct names');
  const choice = readChoice(body.tool_choice, tools, anthropic);
  if (choice.mode === 'required' && tools.length === 0)
    invalidParams('tool_choice requires a tool, but tools is empty');
  return { tools, choice };
}
