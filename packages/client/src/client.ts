import { type Account, createAccount } from './account/account.js';
import { createChat } from './chat/chat.js';
import type { ChatClient } from './chat/chat-client.js';
import { createMessages } from './chat/messages.js';
import { createFiles, type Files } from './files/files.js';
import { createImages, type Images } from './image/image.js';
import { createMusic, type Music } from './music/music.js';
import { type ClientOptions, resolveOptions } from './options.js';
import { createQuota, type Quota } from './quota/quota.js';
import { createSpeech } from './speech/speech.js';
import type { SpeechClient } from './speech/speech-client.js';
import { createTransport, type Transport } from './transport/transport.js';
import { createVideo } from './video/video.js';
import type { VideoClient } from './video/video-client.js';
import { createVoices, type Voices } from './voices/voices.js';

/**
 * Every MiniMax API, over one configured transport. The subpath clients (`createChatClient`,
 * `createSpeechClient`, `createVideoClient`) are parts of it, with the same property names.
 */
export interface MiniMaxClient extends ChatClient, SpeechClient, VideoClient {
  voices: Voices;
  files: Files;
  images: Images;
  music: Music;
  /** Token Plan usage. */
  quota: Quota;
  /** The pay-as-you-go balance. */
  account: Account;
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
    account: createAccount(transport),
    transport,
  };
}
