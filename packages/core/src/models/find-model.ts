import { modelIndex } from './model-index.js';
import type { Modality, ModelInfo } from './model-schema.js';
import { models } from './models.js';

/** Lookups over the bundled models. */
export const bundledModels = /* @__PURE__ */ modelIndex(models);

/** The models of one modality, in registry order. */
export function modelsOf(modality: Modality): readonly ModelInfo[] {
  return bundledModels.of(modality);
}

/**
 * Resolves a model id or alias (case-insensitively, never by substring) to its registry entry.
 * Throws `UnknownModelError` listing the valid ids when it is unknown or of another modality.
 */
export function findModel(name: string, modality?: Modality): ModelInfo {
  return bundledModels.find(name, modality);
}
