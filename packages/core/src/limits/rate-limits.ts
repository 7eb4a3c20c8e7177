import { modelsOfTable } from '../catalog/catalog-models.js';
import type { Catalog } from '../catalog/catalog-schema.js';
import { deepFreeze } from '../data/deep-freeze.js';
import type { Api } from '../endpoints/api.js';
import { objectArgument } from '../errors/check-argument.js';
import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { LimitNotFoundError } from '../errors/limit-not-found-error.js';
import { bundledModels } from '../models/find-model.js';
import type { Region } from '../regions/regions.js';
import { cnRateLimits } from './cn-rate-limits.js';
import { globalRateLimits } from './global-rate-limits.js';
import type { Limits, RateLimitRow, RateLimitTable } from './rate-limit-schema.js';

/** An account tier: `free` has never recharged, `paid` has. */
export type AccountTier = 'free' | 'paid';

/** The rate-limit tables minimax-kit ships, by region. */
export const rateLimitTables: Readonly<Record<Region, RateLimitTable>> = /* @__PURE__ */ deepFreeze({
  cn: cnRateLimits,
  global: globalRateLimits,
});

/** What `rateLimits` answers: the limits of one scope for one tier, with their provenance. */
export interface RateLimits extends Limits {
  /** Requests of every model in this scope share these limits. */
  scope: string;
  tpmUnit?: RateLimitRow['tpmUnit'];
  note?: string;
  sources: readonly string[];
}

/** Which limits to look up: a model (`MiniMax-M2`, `speech-2.6-hd` …) or a model-less API (`voice-clone`). */
export interface RateLimitQuery {
  region: Region;
  tier: AccountTier;
  model?: string;
  api?: Api;
  /** A catalog loaded with `loadCatalog()`, whose limits and models replace the bundled ones. */
  catalog?: Pick<Catalog, 'rateLimits'>;
}

/** Finds the documented limits row for a model or API, or `undefined` when MiniMax documents none. */
export function findRateLimitRow(table: RateLimitTable, query: Pick<RateLimitQuery, 'model' | 'api'>) {
  if (
    !Array.isArray(objectArgument(table, 'table', 'pass a rate-limit table such as rateLimitTables.cn').rows)
  )
    throw new InvalidUsageError(
      'table.rows',
      'is not an array; pass a rate-limit table such as rateLimitTables.cn',
    );
  objectArgument(query, 'query', 'pass { model } or { api }');
  if (query.model !== undefined) {
    const id = (modelsOfTable(table) ?? bundledModels).find(query.model).id;
    return table.rows.find((row) => row.models?.includes(id) && (!query.api || row.api === query.api));
  }
  return table.rows.find((row) => row.api === query.api && !row.models);
}

/**
 * The documented RPM / TPM / CONN limits for a model or API in a region and tier. Throws
 * `LimitNotFoundError` listing what is documented when MiniMax publishes no limit for it.
 */
export function rateLimits(query: RateLimitQuery): RateLimits {
  objectArgument(query, 'query', 'pass { region, tier, model?, api? }');
  const tables = query.catalog?.rateLimits ?? rateLimitTables;
  const table = Object.hasOwn(tables, query.region) ? tables[query.region] : undefined;
  if (query.catalog && tables !== rateLimitTables && table && !modelsOfTable(table))
    throw new InvalidUsageError(
      'catalog',
      'was not returned by loadCatalog(); load it first, which checks it',
    );
  if (!table)
    throw new InvalidUsageError('region', `is ${describeValue(query.region)}; use "cn" or "global"`);
  if (query.tier !== 'free' && query.tier !== 'paid') {
    throw new InvalidUsageError('tier', `is ${describeValue(query.tier)}; use "free" or "paid"`);
  }
  if (query.model === undefined && query.api === undefined)
    throw new InvalidUsageError('model', 'or api is required');
  const row = findRateLimitRow(table, query);
  if (!row) {
    const documented = table.rows.flatMap((r) => r.models ?? [r.api]);
    throw new LimitNotFoundError(table.region, query.model ?? query.api ?? '', documented);
  }
  return {
    ...row[query.tier],
    scope: row.scope,
    ...(row.tpmUnit ? { tpmUnit: row.tpmUnit } : {}),
    ...(row.note ? { note: row.note } : {}),
    sources: table.sources,
  };
}

/**
 * The documented limits of a rate-limit scope (as `describeRequest` names it: `text:MiniMax-M2`,
 * `t2a`, `video` …) for a region and tier; `undefined` when MiniMax documents none. Every model of
 * an API shares its scope, including models newer than the table.
 */
export function scopeLimits(
  region: Region,
  tier: AccountTier,
  scope: string,
  catalog: Pick<Catalog, 'rateLimits'> = { rateLimits: rateLimitTables },
): Limits | undefined {
  const use = 'pass a catalog loaded with loadCatalog() or leave it out';
  objectArgument(objectArgument(catalog, 'catalog', use).rateLimits, 'catalog.rateLimits', use);
  const table = Object.hasOwn(catalog.rateLimits, region) ? catalog.rateLimits[region] : undefined;
  const row = table?.rows.find((candidate) => candidate.scope === scope);
  return row?.[tier];
}
