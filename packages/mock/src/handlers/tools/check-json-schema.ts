import { invalidParams } from '../../http/mock-api-error.js';
import { type JsonSchema, resolveRef, schemaTypes } from './json-schema.js';

type Node = Record<string, unknown>;

const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSchema = (value: unknown): value is JsonSchema => typeof value === 'boolean' || isObject(value);

function check(root: JsonSchema, schema: unknown, path: string, depth: number): void {
  if (!isSchema(schema)) invalidParams(`${path} must be a JSON Schema object`);
  if (typeof schema === 'boolean') return;
  if (depth > 32) invalidParams(`${path} nests deeper than 32 levels`);
  const { type } = schema;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    if (types.length === 0 || !types.every((t) => (schemaTypes as readonly unknown[]).includes(t)))
      invalidParams(`${path}.type must be one of ${schemaTypes.join(', ')}`);
  }
  if (schema.properties !== undefined) {
    if (!isObject(schema.properties)) invalidParams(`${path}.properties must be an object`);
    for (const [name, child] of Object.entries(schema.properties))
      check(root, child, `${path}.properties.${name}`, depth + 1);
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required) || !schema.required.every((name) => typeof name === 'string'))
      invalidParams(`${path}.required must be an array of property names`);
  }
  for (const key of ['items', 'additionalProperties', 'not'] as const) {
    if (schema[key] !== undefined) check(root, schema[key], `${path}.${key}`, depth + 1);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
    const list = schema[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) invalidParams(`${path}.${key} must be a non-empty array`);
    list.forEach((child, index) => {
      check(root, child, `${path}.${key}[${index}]`, depth + 1);
    });
  }
  for (const key of ['$defs', 'definitions'] as const) {
    const defs = schema[key];
    if (defs === undefined) continue;
    if (!isObject(defs)) invalidParams(`${path}.${key} must be an object`);
    for (const [name, child] of Object.entries(defs)) check(root, child, `${path}.${key}.${name}`, depth + 1);
  }
  if (schema.enum !== undefined && (!Array.isArray(schema.enum) || schema.enum.length === 0))
    invalidParams(`${path}.enum must be a non-empty array`);
  if (schema.$ref !== undefined) {
    if (typeof schema.$ref !== 'string' || resolveRef(root, schema.$ref) === undefined)
      invalidParams(`${path}.$ref must point inside the schema (#/$defs/…)`);
  }
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const) {
    if (schema[key] !== undefined && typeof schema[key] !== 'number')
      invalidParams(`${path}.${key} must be a number`);
  }
}

/**
 * Checks that `schema` is a JSON Schema an object answer can follow, as MiniMax refuses a tool or
 * `response_format` whose schema is not one; the 2013 message names `field` and the faulty keyword.
 */
export function checkJsonSchema(schema: unknown, field: string, options: { object: boolean }): JsonSchema {
  if (!isObject(schema)) invalidParams(`${field} must be a JSON Schema object`);
  check(schema, schema, field, 0);
  const { type } = schema;
  if (options.object && type !== undefined && type !== 'object')
    invalidParams(`${field}.type must be 'object'`);
  return schema;
}
