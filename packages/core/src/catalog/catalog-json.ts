import { toJSONSchema } from 'zod/mini';
import { catalog } from './catalog.js';
import { catalogSchema } from './catalog-schema.js';

/** The bundled catalog as the JSON text of `@minimax-kit/core/catalog.json`. */
export function catalogJson(): string {
  return `${JSON.stringify({ $schema: './catalog.schema.json', ...catalog }, null, 2)}\n`;
}

/**
 * The JSON Schema (draft 2020-12) of a catalog, made from the same zod schema `loadCatalog` checks,
 * for `@minimax-kit/core/catalog.schema.json`. It says the shape; `loadCatalog` checks more (real
 * dates, ids unique regardless of case, rows naming models of their kind, no price given twice).
 */
export function catalogSchemaJson(): string {
  const schema = toJSONSchema(catalogSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://unpkg.com/@minimax-kit/core/dist/catalog.schema.json',
      title: 'minimax-kit catalog',
      description: 'MiniMax models, prices and rate limits of both regions, and Token Plan rules.',
    },
    null,
    2,
  )}\n`;
}
