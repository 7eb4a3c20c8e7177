import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { MockApiError } from '../../http/mock-api-error.js';
import { createRandom } from '../../util/random.js';
import { checkJsonSchema } from './check-json-schema.js';
import type { JsonSchema } from './json-schema.js';
import { schemaInstance } from './schema-instance.js';

interface Tree {
  label: string;
  children: Tree[];
}
const tree: z.ZodType<Tree> = z.object({ label: z.string(), children: z.array(z.lazy(() => tree)) });

// Schemas as SDKs send them: zod 4 converts each to JSON Schema, as the AI SDK and openai's helpers do.
const schemas = {
  weather: z.object({ city: z.string().min(2).max(40), unit: z.enum(['c', 'f']).optional() }),
  numbers: z.object({ n: z.int().min(-3).max(3), x: z.number().gt(0).lt(1), ratio: z.number().min(10) }),
  lists: z.object({ tags: z.array(z.string()).min(1).max(2), pair: z.tuple([z.string(), z.boolean()]) }),
  unions: z.object({
    value: z.union([z.string(), z.number(), z.null()]),
    kind: z.discriminatedUnion('type', [
      z.object({ type: z.literal('a'), a: z.string() }),
      z.object({ type: z.literal('b'), b: z.int() }),
    ]),
    maybe: z.string().nullable(),
  }),
  formats: z.object({ at: z.iso.datetime(), day: z.iso.date(), mail: z.email(), id: z.uuid(), url: z.url() }),
  recursive: z.object({ root: tree }),
  strict: z.strictObject({ ok: z.boolean(), nested: z.strictObject({ deep: z.literal(7) }) }),
};

describe('schemaInstance', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`writes values the ${name} schema accepts, for many seeds`, () => {
      const json = z.toJSONSchema(schema) as JsonSchema;
      for (let seed = 1; seed <= 40; seed++) {
        const value = schemaInstance(json, createRandom(seed));
        expect(schema.safeParse(value).error).toBeUndefined();
      }
    });
  }

  it('is deterministic for a seed and varies between seeds', () => {
    const json = z.toJSONSchema(schemas.unions) as JsonSchema;
    const first = schemaInstance(json, createRandom(9));
    expect(schemaInstance(json, createRandom(9))).toEqual(first);
    const others = Array.from({ length: 10 }, (_, seed) =>
      JSON.stringify(schemaInstance(json, createRandom(seed))),
    );
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('ends a schema that refers to itself through $ref', () => {
    const json: JsonSchema = {
      $ref: '#/$defs/node',
      $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } }, required: ['next'] } },
    };
    // Required self-reference cannot end in a finite value; the depth bound still returns.
    expect(JSON.stringify(schemaInstance(json, createRandom(1))).length).toBeLessThan(500);
  });
});

describe('checkJsonSchema', () => {
  const refused = (schema: unknown) => {
    try {
      checkJsonSchema(schema, 'tools[0].function.parameters', { object: true });
    } catch (error) {
      expect(error).toBeInstanceOf(MockApiError);
      expect((error as MockApiError).code).toBe(2013);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('names the field and keyword of what is wrong', () => {
    expect(refused('object')).toMatch(/tools\[0\]\.function\.parameters must be a JSON Schema object/);
    expect(refused({ type: 'object', properties: { a: { type: 'text' } } })).toMatch(
      /parameters\.properties\.a\.type must be one of/,
    );
    expect(refused({ type: 'object', required: 'a' })).toMatch(/parameters\.required must be an array/);
    expect(refused({ type: 'object', properties: { a: { $ref: '#/$defs/missing' } } })).toMatch(
      /properties\.a\.\$ref must point inside the schema/,
    );
    expect(refused({ type: 'object', properties: { a: { anyOf: [] } } })).toMatch(
      /anyOf must be a non-empty/,
    );
    expect(refused({ type: 'string' })).toMatch(/parameters\.type must be 'object'/);
  });

  it('accepts every schema zod writes', () => {
    for (const schema of Object.values(schemas))
      expect(() => checkJsonSchema(z.toJSONSchema(schema), 'x', { object: true })).not.toThrow();
  });
});
