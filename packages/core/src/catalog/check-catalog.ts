import type { Api } from '../endpoints/api.js';
import { clip } from '../errors/describe-value.js';
import type { ModelIndex } from '../models/model-index.js';
import type { Modality, ModelInfo } from '../models/model-schema.js';
import type { Region } from '../regions/regions.js';
import type { Catalog } from './catalog-schema.js';

/** One problem of a catalog: where it is and what is wrong. */
export interface CatalogIssue {
  path: (string | number)[];
  message: string;
}

const modalityOfApi: Partial<Record<Api, Modality>> = {
  chat: 'text',
  t2a: 'speech',
  't2a-async': 'speech',
  video: 'video',
  image: 'image',
  music: 'music',
};

/**
 * What the catalog's shape cannot say: ids and aliases unique regardless of case, each region's
 * tables under its own name, and every model a price or limit row names listed in `models` with
 * the row's kind.
 */
export function checkCatalog(catalog: Catalog, index: ModelIndex): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const seen = new Map<string, string>();
  catalog.models.forEach((model, i) => {
    [model.id, ...(model.aliases ?? [])].forEach((name, j) => {
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined)
        issues.push({
          path: ['models', i, j === 0 ? 'id' : 'aliases'],
          message: `"${clip(name)}" is already ${first} (model ids never differ by case alone)`,
        });
      else seen.set(key, `models[${i}]`);
    });
  });
  const named = (path: CatalogIssue['path'], name: string, modality: Modality) => {
    let model: ModelInfo | undefined;
    try {
      model = index.find(name);
    } catch {
      model = undefined;
    }
    if (!model)
      issues.push({ path, message: `names "${clip(name)}", which models does not list; add it there first` });
    else if (model.modality !== modality)
      issues.push({
        path,
        message: `names "${clip(name)}", which is ${/^[aeiou]/.test(model.modality) ? 'an' : 'a'} ${model.modality} model, in a row of ${modality} models`,
      });
  };
  for (const region of ['cn', 'global'] as const satisfies Region[]) {
    for (const part of ['pricing', 'rateLimits'] as const) {
      if (catalog[part][region].region !== region)
        issues.push({ path: [part, region, 'region'], message: `must be "${region}"` });
    }
    catalog.pricing[region].prices.forEach((row, i) => {
      if (!('models' in row)) return;
      const kind: Modality = row.kind;
      row.models.forEach((name, j) => {
        named(['pricing', region, 'prices', i, 'models', j], name, kind);
      });
    });
    catalog.rateLimits[region].rows.forEach((row, i) => {
      const modality = modalityOfApi[row.api];
      if (!modality) return;
      row.models?.forEach((name, j) => {
        named(['rateLimits', region, 'rows', i, 'models', j], name, modality);
      });
    });
  }
  for (const [part, modality] of planParts) {
    const rows = catalog.tokenPlan[part];
    (Array.isArray(rows) ? rows : [rows]).forEach((row, i) => {
      row.models.forEach((name, j) => {
        named(['tokenPlan', part, ...(Array.isArray(rows) ? [i] : []), 'models', j], name, modality);
      });
    });
  }
  return issues;
}

/** The parts of the Token Plan rules that name models, and the modality each names. */
export const planParts = [
  ['text', 'text'],
  ['speech', 'speech'],
  ['video', 'video'],
  ['music', 'music'],
  ['image', 'image'],
] as const satisfies readonly (readonly [keyof Catalog['tokenPlan'], Modality])[];
