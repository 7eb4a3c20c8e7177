export type { CallOptions, Chat } from './chat.js';
export type { ChatClient } from './chat-client.js';
export { createChatClient } from './chat-client.js';
export type { ChatChunk, ChatCompletion, ChatParams, ChatUsage } from './chat-schemas.js';
export type { ChatStreamResult } from './chat-stream.js';
export type { ContentBlock, Message, MessageEvent, MessageParams } from './message-schemas.js';
export type { Messages } from './messages.js';
