import { describe, expect, it } from 'vitest';
import { findModel, modelsOf } from './find-model.js';
import { modelInfoSchema } from './model-schema.js';
import { models } from './models.js';

describe('model capabilities', () => {
  it('match the schema', () => {
    for (const model of models) expect(modelInfoSchema.safeParse(model).success, model.id).toBe(true);
  });

  it('say which models alone take a field', () => {
    expect(findModel('MiniMax-Hailuo-02').exclusiveFields).toEqual(['last_frame_image']);
    expect(findModel('image-01').exclusiveFields).toEqual(['width', 'height']);
    expect(findModel('MiniMax-Hailuo-2.3').exclusiveFields).toBeUndefined();
  });

  it('mark the native-only text models and the cover music models', () => {
    expect(
      modelsOf('text')
        .filter((model) => model.nativeOnly)
        .map((model) => model.id),
    ).toEqual(['MiniMax-M1', 'MiniMax-Text-01']);
    expect(
      modelsOf('music')
        .filter((model) => model.cover)
        .map((model) => model.id),
    ).toEqual(['music-cover', 'music-cover-free']);
  });
});
