import type { Random } from '../../util/random.js';
import { type JsonSchema, resolveRef } from './json-schema.js';

type Node = Record<string, unknown>;

/** Past this depth only required properties and minimal arrays are written, so recursive schemas end. */
const maxDepth = 6;
const words = ['alpha', 'bravo', 'delta', 'harbor', 'lumen', 'orbit', 'quartz', 'sierra', 'tango', 'velvet'];

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function merged(root: JsonSchema, schema: Node): Node {
  let node = schema;
  for (let hops = 0; typeof node.$ref === 'string' && hops < 16; hops++) {
    const target = resolveRef(root, node.$ref);
    const { $ref: _, ...rest } = node;
    node = { ...(typeof target === 'object' ? target : {}), ...rest };
  }
  if (Array.isArray(node.allOf)) {
    const { allOf, ...rest } = node;
    for (const part of allOf) {
      const part_ = typeof part === 'object' && part !== null ? merged(root, part as Node) : {};
      node = {
        ...part_,
        ...rest,
        properties: { ...(part_.properties as Node), ...(rest.properties as Node) },
        required: [...((part_.required as string[]) ?? []), ...((rest.required as string[]) ?? [])],
      };
    }
  }
  return node;
}

function typeOf(node: Node, random: Random): string {
  const { type } = node;
  if (Array.isArray(type)) {
    const real = type.filter((t) => t !== 'null');
    return String(real.length > 0 ? random.pick(real) : 'null');
  }
  if (typeof type === 'string') return type;
  if (node.properties || node.additionalProperties || node.required) return 'object';
  if (node.items || node.prefixItems) return 'array';
  return 'string';
}

function text(node: Node, random: Random): string {
  switch (node.format) {
    case 'date-time':
      return `2026-0${random.int(1, 9)}-1${random.int(0, 9)}T0${random.int(0, 9)}:30:00Z`;
    case 'date':
      return `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`;
    case 'email':
      return `${random.pick(words)}@example.com`;
    case 'uri':
    case 'url':
      return `https://example.com/${random.pick(words)}`;
    case 'uuid':
      return `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-a${random.hex(3)}-${random.hex(12)}`;
  }
  const min = num(node.minLength) ?? 1;
  const max = num(node.maxLength) ?? Math.max(min, 24);
  let out = random.pick(words);
  while (out.length < min) out += ` ${random.pick(words)}`;
  return out.slice(0, max);
}

function numberIn(node: Node, random: Random, integer: boolean): number {
  const exclusiveMin = num(node.exclusiveMinimum);
  const exclusiveMax = num(node.exclusiveMaximum);
  let low =
    num(node.minimum) ?? (exclusiveMin === undefined ? undefined : exclusiveMin + (integer ? 1 : 0.5));
  let high =
    num(node.maximum) ?? (exclusiveMax === undefined ? undefined : exclusiveMax - (integer ? 1 : 0.5));
  low ??= high === undefined ? 0 : Math.min(0, high - 100);
  high ??= low + 100;
  if (integer)
    return Math.min(
      Math.ceil(low) + random.int(0, Math.max(0, Math.floor(high) - Math.ceil(low))),
      Math.floor(high),
    );
  const step = num(node.multipleOf);
  const value = low + random.next() * (high - low);
  return step ? Math.min(high, Math.ceil(low / step) * step) : Math.round(value * 100) / 100;
}

function instance(root: JsonSchema, schema: unknown, random: Random, depth: number): unknown {
  if (schema === true || schema === undefined) return random.pick(words);
  // A schema whose required properties refer back to itself has no finite instance: stop anyway.
  if (typeof schema !== 'object' || schema === null || depth > 4 * maxDepth) return null;
  const node = merged(root, schema as Node);
  if ('const' in node) return node.const;
  if (Array.isArray(node.enum)) return random.pick(node.enum);
  const options = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (Array.isArray(options) && options.length > 0) {
    // Deep in a recursive schema, the first option (usually the plain one) ends the recursion.
    return instance(root, depth >= maxDepth ? options[0] : random.pick(options), random, depth + 1);
  }
  switch (typeOf(node, random)) {
    case 'null':
      return null;
    case 'boolean':
      return random.next() < 0.5;
    case 'integer':
      return numberIn(node, random, true);
    case 'number':
      return numberIn(node, random, false);
    case 'array': {
      const min = num(node.minItems) ?? 0;
      const max = num(node.maxItems) ?? min + 3;
      const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
      const length =
        depth >= maxDepth
          ? min
          : Math.max(prefix.length, random.int(Math.max(min, 1), Math.max(min, Math.min(max, min + 3))));
      return Array.from({ length: Math.min(length, max) }, (_, index) =>
        instance(root, prefix[index] ?? node.items, random, depth + 1),
      );
    }
    case 'object': {
      const properties = (node.properties ?? {}) as Node;
      const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      const out: Node = {};
      for (const [name, child] of Object.entries(properties)) {
        if (required.has(name) || (depth < maxDepth && random.next() < 0.7))
          out[name] = instance(root, child, random, depth + 1);
      }
      return out;
    }
    default:
      return text(node, random);
  }
}

/**
 * A value valid against `schema`, the same for the same random sequence: what the mock's model
 * writes as tool arguments or as a `json_schema` answer. Covers the subset SDKs send (types, enum,
 * const, anyOf/oneOf/allOf, `$ref` + `$defs`, ranges, lengths and item counts); `pattern` is not
 * followed.
 */
export function schemaInstance(schema: JsonSchema, random: Random): unknown {
  return instance(schema, schema, random, 0);
}
