import { findModel, type Modality, modelsOf } from '@minimax-kit/core';
import { invalidParams } from '../http/mock-api-error.js';

/** Fails with 2013 unless `model` is one that core says takes `field` (naming the models that do). */
export function exclusiveField(model: string, modality: Modality, field: string): void {
  if (findModel(model, modality).exclusiveFields?.includes(field)) return;
  const takers = modelsOf(modality).filter((entry) => entry.exclusiveFields?.includes(field));
  invalidParams(`${field} is only supported by ${takers.map((entry) => entry.id).join(', ')}`);
}
