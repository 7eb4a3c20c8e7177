/** A JSON Schema as tools and `response_format` carry it: a plain object (or `true` / `false`). */
export type JsonSchema = { [key: string]: unknown } | boolean;

/** The JSON Schema types the mock understands. */
export const schemaTypes = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'] as const;

/** Resolves a local `$ref` (`#/$defs/Name`, `#/definitions/Name`, `#`) against the root schema. */
export function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' || typeof node === 'boolean' ? (node as JsonSchema) : undefined;
}
