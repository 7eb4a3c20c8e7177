import type { Usage, VideoResolution } from '@minimax-kit/core';
import type { CalculatorInput, FieldError, NumberField } from './calculator-input.js';

/** What is wrong with the input, field by field. */
export type FieldErrors = Partial<Record<NumberField | 'text', FieldError>>;

const LARGEST = 1e12;

/** A whole number typed in a field, or what is wrong with it. */
export function whole(value: string, minimum: 0 | 1): number | FieldError {
  const text = value.trim();
  if (text === '' && minimum === 0) return 0;
  if (!/^\d+$/.test(text)) return minimum === 0 ? 'wholeNumber' : 'atLeastOne';
  const n = Number(text);
  if (n > LARGEST) return 'tooLarge';
  if (n < minimum) return 'atLeastOne';
  return n;
}

/** The `Usage` the input describes, or what is wrong with it. */
export function usageOf(input: CalculatorInput): Usage | FieldErrors {
  const errors: FieldErrors = {};
  const read = (field: NumberField, minimum: 0 | 1) => {
    const value = whole(input[field], minimum);
    if (typeof value === 'number') return value;
    errors[field] = value;
    return 0;
  };
  let usage: Usage;
  switch (input.kind) {
    case 'text':
      usage = {
        kind: 'text',
        model: input.model,
        inputTokens: read('inputTokens', 0),
        outputTokens: read('outputTokens', 0),
        cacheReadTokens: read('cacheReadTokens', 0),
        cacheWriteTokens: read('cacheWriteTokens', 0),
      };
      break;
    case 'speech':
      if (input.speechInput === 'text' && input.text.length === 0) errors.text = 'empty';
      usage =
        input.speechInput === 'text'
          ? { kind: 'speech', model: input.model, mode: input.speechMode, text: input.text }
          : { kind: 'speech', model: input.model, mode: input.speechMode, characters: read('characters', 0) };
      break;
    case 'video':
      usage = {
        kind: 'video',
        model: input.model,
        mode: input.videoMode,
        resolution: input.resolution as VideoResolution,
        durationSeconds: Number(input.duration),
        count: read('count', 1),
      };
      break;
    case 'image':
    case 'music':
      usage = { kind: input.kind, model: input.model, count: read('count', 1) };
      break;
    case 'lyrics':
    case 'vlm':
      usage = { kind: input.kind, count: read('count', 1) };
      break;
    case 'voice':
      usage = {
        kind: 'voice',
        operation: input.voiceOperation,
        count: read('count', 1),
        previewCharacters: read('previewCharacters', 0),
        ...(input.voiceOperation === 'clone' ? { previewModel: input.previewModel } : {}),
      };
      break;
  }
  return Object.keys(errors).length > 0 ? errors : usage;
}
