// Every error a call can throw, so that a subpath alone is enough for `instanceof` checks.
export * from '../errors/index.js';
export type { CallOptions, Chat } from './chat.js';
export type { ChatClient } from './chat-client.js';
export { createChatClient } from './chat-client.js';
export type {
  ChatChunk,
  ChatCompletion,
  ChatMessage,
  ChatParams,
  ChatToolCall,
  ChatToolChoice,
  ChatUsage,
  ResponseFormat,
  ToolCallDelta,
} from './chat-schemas.js';
export type { ChatStreamResult, StreamedToolCall } from './chat-stream.js';
export type { ObjectParams, ObjectResult } from './create-object.js';
export type {
  ContentBlock,
  Message,
  MessageEvent,
  MessageParamBlock,
  MessageParams,
  MessageToolChoice,
} from './message-schemas.js';
export type { StreamedMessage } from './message-stream.js';
export type { Messages } from './messages.js';
export type { ObjectSchema } from './object-schema.js';
export type { StreamTiming } from './stream-timing.js';
export { StructuredOutputError } from './structured-output-error.js';
export { ToolArgumentsError } from './tool-arguments-error.js';
export type { ChatTool, JsonSchema, MessageTool } from './tool-schemas.js';
