// Every error a call can throw, so that a subpath alone is enough for `instanceof` checks.
export * from '../errors/index.js';
export type { Speech, SpeechResult, SpeechTaskResult } from './speech.js';
export type { SpeechClient } from './speech-client.js';
export { createSpeechClient } from './speech-client.js';
export type {
  ExtraInfo,
  SpeechAsyncParams,
  SpeechParams,
  SpeechTask,
  SpeechTaskStatus,
} from './speech-schemas.js';
