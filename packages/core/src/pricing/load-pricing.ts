import { deepFreeze } from '../data/deep-freeze.js';
import { InvalidTableError } from '../errors/invalid-table-error.js';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import { findModel } from '../models/find-model.js';
import type { Modality } from '../models/model-schema.js';
import type { PriceRow } from './price-row-schema.js';
import { type PricingTable, pricingTableSchema } from './pricing-schema.js';

/** A model id as lookups know it: the registry's canonical id, or the table's spelling for a newer model. */
function canonical(name: string, modality: Modality): string {
  try {
    return findModel(name, modality).id;
  } catch (error) {
    if (error instanceof UnknownModelError) return name;
    throw error;
  }
}

function canonicalRow(row: PriceRow): PriceRow {
  if (!('models' in row)) return row;
  return { ...row, models: row.models.map((name) => canonical(name, row.kind)) } as PriceRow;
}

const issuesOf = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);

/**
 * Validates a price table (for instance a newer one fetched by the application) and returns it,
 * deeply frozen, for `estimateCost(usage, { pricing })`. Accepts the parsed object or its JSON text.
 * Model ids are resolved as lookups resolve them (`Music-2.0` → `music-2.0`); models this release
 * has never heard of are kept as spelled and priced. Throws `InvalidTableError` listing every
 * problem; nothing of an invalid table is used.
 */
export function loadPricing(json: unknown): PricingTable {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new InvalidTableError('pricing', [`not JSON: ${(error as Error).message}`]);
    }
  }
  const parsed = pricingTableSchema.safeParse(input);
  if (!parsed.success) throw new InvalidTableError('pricing', issuesOf(parsed.error));
  // Validate again once aliases are resolved: `Music-2.0` and `music-2.0` in one table price one model twice.
  const resolved = pricingTableSchema.safeParse({
    ...parsed.data,
    prices: parsed.data.prices.map(canonicalRow),
  });
  if (!resolved.success) throw new InvalidTableError('pricing', issuesOf(resolved.error));
  return deepFreeze(resolved.data);
}
