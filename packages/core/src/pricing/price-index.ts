import { priceKeys } from './price-keys.js';
import type { PriceRow, PricingTable } from './pricing-schema.js';

/** A price table's rows by kind and by the key each prices (`text minimax-m2`, `speech speech-02-hd sync` …). */
export interface PriceIndex {
  readonly byKind: ReadonlyMap<PriceRow['kind'], readonly PriceRow[]>;
  /** Every row of a key, in table order; rows of one key are valid at different times. */
  readonly byKey: ReadonlyMap<string, readonly PriceRow[]>;
}

const indexes = new WeakMap<PricingTable, PriceIndex>();

/** The index of a table, built once per table object. */
export function priceIndex(table: PricingTable): PriceIndex {
  let index = indexes.get(table);
  if (index) return index;
  const byKind = new Map<PriceRow['kind'], PriceRow[]>();
  const byKey = new Map<string, PriceRow[]>();
  for (const row of table.prices) {
    byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
    for (const key of priceKeys(row)) byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  index = { byKind, byKey };
  indexes.set(table, index);
  return index;
}

/** Whether a row is valid on `day` (`YYYY-MM-DD`): `from` inclusive, `until` exclusive. */
export function validOn(row: PriceRow, day: string): boolean {
  return (row.from === undefined || row.from <= day) && (row.until === undefined || day < row.until);
}
