import { modelsOfTable } from '../catalog/catalog-models.js';
import { PriceNotFoundError } from '../errors/price-not-found-error.js';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import { bundledModels } from '../models/find-model.js';
import type { Modality } from '../models/model-schema.js';
import { priceIndex, validOn } from './price-index.js';
import type { PriceRow, PricingTable } from './pricing-schema.js';

/** The table, the day (`YYYY-MM-DD`) and the service tier a quote is for. */
export interface PriceQuery {
  table: PricingTable;
  day: string;
  serviceTier: 'standard' | 'priority';
}

export type RowOf<K extends PriceRow['kind']> = Extract<PriceRow, { kind: K }>;

/** Every row of one kind, at any date. */
export const rowsOf = <K extends PriceRow['kind']>(table: PricingTable, kind: K) =>
  (priceIndex(table).byKind.get(kind) ?? []) as readonly RowOf<K>[];

const modelsOfRows = (rows: readonly PriceRow[]) => [
  ...new Set(rows.flatMap((row) => ('models' in row ? row.models : []))),
];

/**
 * The id a price row knows a model by: the registry's canonical id (aliases and case resolved), or,
 * for a model newer than this release, the spelling of the loaded table that prices it.
 */
export function resolveModel(table: PricingTable, modality: Modality, name: string): string {
  try {
    return (modelsOfTable(table) ?? bundledModels).find(name, modality).id;
  } catch (error) {
    if (!(error instanceof UnknownModelError)) throw error;
    const wanted = String(name).toLowerCase();
    const model = modelsOfRows(rowsOf(table, modality)).find((id) => id.toLowerCase() === wanted);
    if (model === undefined) throw error;
    return model;
  }
}

const ranges = (rows: readonly PriceRow[]) =>
  rows.map((row) => `${row.from ?? 'earlier'} to ${row.until ?? 'today'}`).join(', ');

/** The row valid on the query's day among the rows of `key`; a typed error naming what exists otherwise. */
export function rowOn<R extends PriceRow>(
  query: PriceQuery,
  key: string,
  item: string,
  candidates: readonly PriceRow[],
): R {
  const rows = priceIndex(query.table).byKey.get(key.toLowerCase()) ?? [];
  const row = rows.find((r) => validOn(r, query.day));
  if (row) return row as R;
  const { region } = query.table;
  if (rows.length > 0)
    throw new PriceNotFoundError(region, `${item} on ${query.day}`, [], `It is priced from ${ranges(rows)}.`);
  throw new PriceNotFoundError(region, item, modelsOfRows(candidates));
}

/** The row pricing `model` (of `kind`, in `mode` for speech) on the query's day, and the model's id. */
export function pick<K extends 'text' | 'speech' | 'image' | 'music'>(
  query: PriceQuery,
  kind: K,
  name: string,
  mode?: 'sync' | 'async',
): { row: RowOf<K>; model: string } {
  const model = resolveModel(query.table, kind, name);
  const candidates = rowsOf(query.table, kind).filter((r) => !mode || ('mode' in r && r.mode === mode));
  const key = mode ? `${kind} ${model} ${mode}` : `${kind} ${model}`;
  const item = mode ? `${model} (${mode} speech)` : model;
  return { row: rowOn<RowOf<K>>(query, key, item, candidates), model };
}
