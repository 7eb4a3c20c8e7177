import { type ClientOptions, resolveOptions } from '../options.js';
import { createTransport } from '../transport/transport.js';
import { createSpeech, type Speech } from './speech.js';

export type { Speech, SpeechResult, SpeechTaskResult } from './speech.js';
export type {
  ExtraInfo,
  SpeechAsyncParams,
  SpeechParams,
  SpeechTask,
  SpeechTaskStatus,
} from './speech-schemas.js';

/** Speech alone, for an edge worker that needs nothing else. */
export function createSpeechClient(options: ClientOptions = {}): Speech {
  return createSpeech(createTransport(resolveOptions(options)));
}
