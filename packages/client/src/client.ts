import { type Chat, createChat } from './chat/chat.js';
import { createMessages, type Messages } from './chat/messages.js';
import { createFiles, type Files } from './files/files.js';
import { createImages, type Images } from './image/image.js';
import { createMusic, type Music } from './music/music.js';
import { type ClientOptions, resolveOptions } from './options.js';
import { createQuota, type Quota } from './quota/quota.js';
import { createSpeech, type Speech } from './speech/speech.js';
import { createTransport, type Transport } from './transport/transport.js';
import { createVideo, type Video } from './video/video.js';
import { createVoices, type Voices } from './voices/voices.js';

/** Every MiniMax API, over one configured transport. */
export interface MiniMaxClient {
  /** OpenAI-compatible chat: `/v1/chat/completions`. */
  chat: Chat;
  /** Anthropic-compatible messages: `/anthropic/v1/messages`. */
  messages: Messages;
  speech: Speech;
  voices: Voices;
  files: Files;
  video: Video;
  images: Images;
  music: Music;
  /** Token Plan usage. */
  quota: Quota;
  /** The HTTP layer, for endpoints this client does not wrap. */
  transport: Transport;
}

/**
 * Creates a MiniMax client for browsers (with a proxy, or `dangerouslyAllowBrowser`), edge
 * runtimes and Node. Errors are typed, retries never re-send billable jobs blindly, streams are
 * async iterables, and every result carries its `traceId`.
 */
export function createMiniMaxClient(options: ClientOptions = {}): MiniMaxClient {
  const transport = createTransport(resolveOptions(options));
  return {
    chat: createChat(transport),
    messages: createMessages(transport),
    speech: createSpeech(transport),
    voices: createVoices(transport),
    files: createFiles(transport),
    video: createVideo(transport),
    images: createImages(transport),
    music: createMusic(transport),
    quota: createQuota(transport),
    transport,
  };
}
