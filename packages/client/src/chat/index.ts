import { type ClientOptions, resolveOptions } from '../options.js';
import { createTransport } from '../transport/transport.js';
import { type Chat, createChat } from './chat.js';
import { createMessages, type Messages } from './messages.js';

export type { CallOptions, Chat } from './chat.js';
export type { ChatChunk, ChatCompletion, ChatParams, ChatUsage } from './chat-schemas.js';
export type { ChatStreamResult } from './chat-stream.js';
export type { ContentBlock, Message, MessageEvent, MessageParams } from './message-schemas.js';
export type { Messages } from './messages.js';

/** Chat alone (OpenAI- and Anthropic-compatible), for bundles that need nothing else. */
export function createChatClient(options: ClientOptions = {}): { chat: Chat; messages: Messages } {
  const transport = createTransport(resolveOptions(options));
  return { chat: createChat(transport), messages: createMessages(transport) };
}
