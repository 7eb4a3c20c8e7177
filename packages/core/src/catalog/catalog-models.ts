import type { RateLimitTable } from '../limits/rate-limit-schema.js';
import type { ModelIndex } from '../models/model-index.js';
import type { PricingTable } from '../pricing/pricing-schema.js';

// Tables of a loaded catalog resolve model names against that catalog's models (its aliases and
// its newer models); every other table, against the bundled ones.
const indexes = new WeakMap<PricingTable | RateLimitTable, ModelIndex>();

/** Binds a loaded catalog's tables to its models. */
export function bindModels(tables: readonly (PricingTable | RateLimitTable)[], index: ModelIndex): void {
  for (const table of tables) indexes.set(table, index);
}

/** The models a table's lookups resolve against, when it came from a loaded catalog. */
export function modelsOfTable(table: PricingTable | RateLimitTable): ModelIndex | undefined {
  return indexes.get(table);
}
