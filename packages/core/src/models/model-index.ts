import { wrongArgument } from '../errors/check-argument.js';
import { describeValue } from '../errors/describe-value.js';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import type { Modality, ModelInfo } from './model-schema.js';

/** Model lookups over one list of models: ids and aliases, case-insensitively, never by substring. */
export interface ModelIndex {
  readonly models: readonly ModelInfo[];
  /** The models of one modality, in list order. */
  of(modality: Modality): readonly ModelInfo[];
  /** The model a name or alias means; `UnknownModelError` listing the valid ids otherwise. */
  find(name: string, modality?: Modality): ModelInfo;
}

// The modalities of `modalitySchema`, kept here so that lookups do not load the schemas.
export const modalities: readonly unknown[] = ['text', 'speech', 'video', 'image', 'music'];

function checked(modality: Modality): Modality {
  if (!modalities.includes(modality))
    wrongArgument('modality', modality, `use one of ${modalities.map((m) => `"${m}"`).join(', ')}`);
  return modality;
}

/** Indexes a list of models by lower-cased id and alias. */
export function modelIndex(models: readonly ModelInfo[]): ModelIndex {
  const byName = new Map<string, ModelInfo>();
  for (const model of models) {
    for (const name of [model.id, ...(model.aliases ?? [])]) byName.set(name.toLowerCase(), model);
  }
  const of = (modality: Modality) => {
    checked(modality);
    return models.filter((model) => model.modality === modality);
  };
  return {
    models,
    of,
    find(name, modality) {
      if (modality !== undefined) checked(modality);
      const model = typeof name === 'string' ? byName.get(name.toLowerCase()) : undefined;
      if (model && (!modality || model.modality === modality)) return model;
      const valid = (modality ? of(modality) : models).map((entry) => entry.id);
      throw new UnknownModelError(
        typeof name === 'string' ? name : describeValue(name),
        modality ?? 'MiniMax',
        valid,
      );
    },
  };
}
