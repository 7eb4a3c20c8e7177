import { UnknownModelError } from '../errors/unknown-model-error.js';
import type { Modality, ModelInfo } from './model-schema.js';
import { models } from './models.js';

const byName = new Map<string, ModelInfo>();
for (const model of models) {
  for (const name of [model.id, ...(model.aliases ?? [])]) byName.set(name.toLowerCase(), model);
}

/** The models of one modality, in registry order. */
export function modelsOf(modality: Modality): readonly ModelInfo[] {
  return models.filter((model) => model.modality === modality);
}

/**
 * Resolves a model id or alias (case-insensitively, never by substring) to its registry entry.
 * Throws `UnknownModelError` listing the valid ids when it is unknown or of another modality.
 */
export function findModel(name: string, modality?: Modality): ModelInfo {
  const model = byName.get(String(name).toLowerCase());
  if (model && (!modality || model.modality === modality)) return model;
  const valid = (modality ? modelsOf(modality) : models).map((entry) => entry.id);
  throw new UnknownModelError(String(name), modality ?? 'MiniMax', valid);
}
