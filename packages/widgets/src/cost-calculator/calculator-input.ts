import { paramDefault, type Region, type VideoMode } from '@minimax-kit/core';

/** The calculator's tabs, one per kind of MiniMax work. */
export const calculatorKinds = [
  'text',
  'speech',
  'video',
  'image',
  'music',
  'lyrics',
  'voice',
  'vlm',
] as const;
export type CalculatorKind = (typeof calculatorKinds)[number];

/** Everything a person can enter, as the calculator holds it. */
export interface CalculatorInput {
  region: Region;
  kind: CalculatorKind;
  model: string;
  inputTokens: string;
  outputTokens: string;
  cacheReadTokens: string;
  cacheWriteTokens: string;
  /** MiniMax's `service_tier`, offered for the text models priced with one. */
  serviceTier: 'standard' | 'priority';
  speechMode: 'sync' | 'async';
  speechInput: 'text' | 'characters';
  text: string;
  characters: string;
  videoMode: VideoMode;
  resolution: string;
  duration: string;
  count: string;
  voiceOperation: 'clone' | 'design';
  previewCharacters: string;
  previewModel: string;
  /** How many such jobs a day, for the plan comparison. */
  perDay: string;
}

/** A field that can hold a wrong value. */
export type NumberField =
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheReadTokens'
  | 'cacheWriteTokens'
  | 'characters'
  | 'count'
  | 'previewCharacters'
  | 'perDay';

/** What is wrong with a field's value. */
export type FieldError = 'wholeNumber' | 'atLeastOne' | 'tooLarge' | 'empty';

/** Where a fresh calculator starts. */
export const initialInput: CalculatorInput = {
  region: 'cn',
  kind: 'text',
  model: 'MiniMax-M2',
  inputTokens: '1000000',
  outputTokens: '200000',
  cacheReadTokens: '0',
  cacheWriteTokens: '0',
  serviceTier: 'standard',
  speechMode: 'sync',
  speechInput: 'text',
  text: '',
  characters: '10000',
  videoMode: 'text-to-video',
  resolution: String(paramDefault('/v1/video_generation', 'resolution')),
  duration: String(paramDefault('/v1/video_generation', 'duration')),
  count: '1',
  voiceOperation: 'clone',
  previewCharacters: '0',
  previewModel: 'speech-2.8-hd',
  perDay: '100',
};
