import { deepFreeze } from '../data/deep-freeze.js';
import { clip } from '../errors/describe-value.js';
import { InvalidTableError } from '../errors/invalid-table-error.js';
import { type ModelIndex, modelIndex } from '../models/model-index.js';
import type { Modality } from '../models/model-schema.js';
import { bindModels } from './catalog-models.js';
import { type Catalog, catalogSchema } from './catalog-schema.js';
import { checkCatalog, planParts } from './check-catalog.js';

/** Problems reported at most; a table of thousands of copies needs no more. */
const maxIssues = 20;

const listed = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
  const lines = issues
    .slice(0, maxIssues)
    .map((issue) => clip(`${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`, 300));
  if (issues.length > maxIssues) lines.push(`… and ${issues.length - maxIssues} more`);
  return lines;
};

function parse(json: unknown): Catalog {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new InvalidTableError('catalog', [`not JSON: ${String((error as Error).message).slice(0, 200)}`]);
    }
  }
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) throw new InvalidTableError('catalog', listed(parsed.error.issues));
  return parsed.data;
}

// Rows name models as lookups know them: `Music-2.0` or an alias becomes the catalog's id.
function canonical(catalog: Catalog, index: ModelIndex): Catalog {
  const id = (name: string, modality: Modality) => index.find(name, modality).id;
  const pricing = { ...catalog.pricing };
  const rateLimits = { ...catalog.rateLimits };
  for (const region of ['cn', 'global'] as const) {
    const table = catalog.pricing[region];
    pricing[region] = {
      ...table,
      prices: table.prices.map((row) =>
        'models' in row ? { ...row, models: row.models.map((name) => id(name, row.kind)) } : row,
      ),
    } as typeof table;
    const limits = catalog.rateLimits[region];
    rateLimits[region] = {
      ...limits,
      rows: limits.rows.map((row) =>
        row.models ? { ...row, models: row.models.map((name) => index.find(name).id) } : row,
      ),
    };
  }
  const tokenPlan = { ...catalog.tokenPlan };
  for (const [part, modality] of planParts) {
    const ids = <T extends { models: string[] }>(row: T): T => ({
      ...row,
      models: row.models.map((name) => id(name, modality)),
    });
    const rows = catalog.tokenPlan[part];
    Object.assign(tokenPlan, { [part]: Array.isArray(rows) ? rows.map(ids) : ids(rows) });
  }
  return { ...catalog, pricing, rateLimits, tokenPlan };
}

/**
 * Validates a catalog (for instance a newer `catalog.json` the application fetched) and returns it
 * deeply frozen, for `estimateCost(usage, { catalog })` and `rateLimits({ …, catalog })`. Accepts
 * the parsed object or its JSON text. Checks real dates, ids and aliases unique regardless of case,
 * and that every row names models the catalog lists with the row's kind; model names in rows are
 * resolved to ids as lookups resolve them, and lookups through it know its aliases and its newer
 * models. Throws `InvalidTableError` listing the first 20 problems by path; nothing of an invalid
 * catalog is used.
 */
export function loadCatalog(json: unknown): Catalog {
  const parsed = parse(json);
  const index = modelIndex(parsed.models);
  const issues = checkCatalog(parsed, index);
  if (issues.length > 0) throw new InvalidTableError('catalog', listed(issues));
  // Aliases resolved, two rows may now price one model at once: the shape's own checks find that.
  const loaded = deepFreeze(parse(canonical(parsed, index)));
  bindModels(
    [loaded.pricing.cn, loaded.pricing.global, loaded.rateLimits.cn, loaded.rateLimits.global],
    modelIndex(loaded.models),
  );
  return loaded;
}
