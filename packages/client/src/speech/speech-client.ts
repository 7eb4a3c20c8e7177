import { type ClientOptions, resolveOptions } from '../options.js';
import { createTransport } from '../transport/transport.js';
import { createSpeech, type Speech } from './speech.js';

/** The speech part of a MiniMax client: `speech`, as `createMiniMaxClient()` has it. */
export interface SpeechClient {
  /** Text to speech: `/v1/t2a_v2` and long text with `/v1/t2a_async_v2`. */
  speech: Speech;
}

/** Speech alone, for an edge worker that needs nothing else. */
export function createSpeechClient(options: ClientOptions = {}): SpeechClient {
  return { speech: createSpeech(createTransport(resolveOptions(options))) };
}
