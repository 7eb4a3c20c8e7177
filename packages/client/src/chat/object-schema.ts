import type { JsonSchema } from './tool-schemas.js';

type Issue = {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
};
type Outcome<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly Issue[] };

/**
 * What `chat.createObject` needs of a schema: a Standard Schema (zod 4, valibot, ArkType …) to
 * validate the answer, that can also write its JSON Schema (`~standard.jsonSchema`, as zod 4
 * classic schemas do) — or pass the JSON Schema yourself as `jsonSchema` (`toJSONSchema(schema)`
 * from zod/mini).
 */
export interface ObjectSchema<T> {
  readonly '~standard': {
    validate(value: unknown): Outcome<T> | Promise<Outcome<T>>;
    readonly jsonSchema?: { input(options: { readonly target: string }): Record<string, unknown> };
  };
}

/** The JSON Schema of `schema`, from `override` or the schema's own converter; undefined when neither. */
export function jsonSchemaOf(schema: ObjectSchema<unknown>, override?: JsonSchema): JsonSchema | undefined {
  return override ?? schema['~standard'].jsonSchema?.input({ target: 'draft-07' });
}

/** Validates `value`: the typed value, or the issues as path + message. */
export async function validateWith<T>(
  schema: ObjectSchema<T>,
  value: unknown,
): Promise<{ value: T } | { issues: { path: string; message: string }[] }> {
  const outcome = await schema['~standard'].validate(value);
  if (!outcome.issues) return { value: outcome.value };
  return {
    issues: outcome.issues.map((issue) => ({
      path: (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.'),
      message: issue.message,
    })),
  };
}
