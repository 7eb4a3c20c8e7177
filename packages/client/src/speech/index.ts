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
