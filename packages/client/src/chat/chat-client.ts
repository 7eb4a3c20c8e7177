import { type ClientOptions, resolveOptions } from '../options.js';
import { createTransport } from '../transport/transport.js';
import { type Chat, createChat } from './chat.js';
import { createMessages, type Messages } from './messages.js';

/** The chat part of a MiniMax client: `chat` and `messages`, as `createMiniMaxClient()` has them. */
export interface ChatClient {
  /** OpenAI-compatible chat: `/v1/chat/completions`. */
  chat: Chat;
  /** Anthropic-compatible messages: `/anthropic/v1/messages`. */
  messages: Messages;
}

/** Chat alone (OpenAI- and Anthropic-compatible), for bundles that need nothing else. */
export function createChatClient(options: ClientOptions = {}): ChatClient {
  const transport = createTransport(resolveOptions(options));
  return { chat: createChat(transport), messages: createMessages(transport) };
}
