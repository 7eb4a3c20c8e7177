import { describe, expect, it } from 'vitest';
import { UnknownModelError } from '../errors/unknown-model-error.js';
import { findModel, modelsOf } from './find-model.js';
import { modelInfoSchema } from './model-schema.js';
import { models } from './models.js';

describe('models', () => {
  it('match their schema, with unique ids and aliases', () => {
    for (const model of models) expect(modelInfoSchema.safeParse(model).success, model.id).toBe(true);
    const names = models.flatMap((model) =>
      [model.id, ...(model.aliases ?? [])].map((name) => name.toLowerCase()),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('resolves ids, aliases and case, never substrings', () => {
    expect(findModel('MiniMax-M2.1-lightning').id).toBe('MiniMax-M2.1-highspeed');
    expect(findModel('minimax-m2').id).toBe('MiniMax-M2');
    expect(findModel('Music-2.0', 'music').id).toBe('music-2.0');
    expect(() => findModel('MiniMax-M2-')).toThrow(UnknownModelError);
    expect(() => findModel('M2')).toThrow(UnknownModelError);
  });

  it('keeps modalities apart', () => {
    expect(() => findModel('image-01', 'video')).toThrow(
      /Unknown video model "image-01"\. Use one of: MiniMax-Hailuo-2\.3/,
    );
    expect(modelsOf('image').map((model) => model.id)).toEqual(['image-01', 'image-01-live']);
    expect(findModel('MiniMax-M3').contextWindow).toBe(1_000_000);
  });
});
