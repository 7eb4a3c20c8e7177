import { callOptions } from '../config/check-call-options.js';
import { EventStream } from '../streaming/event-stream.js';
import { checkRequest } from '../transport/check-request.js';
import type { WithMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import {
  type ChatChunk,
  type ChatCompletion,
  type ChatParams,
  chatCompletionSchema,
  chatParamsSchema,
} from './chat-schemas.js';
import { ChatStreamReader, type ChatStreamResult } from './chat-stream.js';
import { createObject, type ObjectParams, type ObjectResult } from './create-object.js';

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  /** The clock (ms) a stream's `final().timing` is measured on; `performance.now` by default. */
  now?: () => number;
}

/** OpenAI-compatible chat (`/v1/chat/completions`). */
export interface Chat {
  /** One completion. */
  create(params: ChatParams, options?: CallOptions | null): Promise<WithMeta<ChatCompletion>>;
  /** A stream of chunks: `for await` it, or `await stream.final()` for text, reasoning and usage. */
  stream(params: ChatParams, options?: CallOptions | null): EventStream<ChatChunk, ChatStreamResult>;
  /** A JSON answer that follows `schema` (sent as `json_schema`), parsed and validated. */
  createObject<T>(params: ObjectParams<T>, options?: CallOptions | null): Promise<WithMeta<ObjectResult<T>>>;
}

/** The chat resource over a transport. */
export function createChat(transport: Transport): Chat {
  const chat: Chat = {
    async create(params, given) {
      const options = callOptions(given);
      const json = { ...checkRequest(chatParamsSchema, params), stream: false };
      return transport.json(
        '/v1/chat/completions',
        { method: 'POST', json, signal: options.signal },
        chatCompletionSchema,
      );
    },
    stream(params, given) {
      const options = callOptions(given);
      const json = {
        ...checkRequest(chatParamsSchema, params),
        stream: true,
        stream_options: { include_usage: true },
      };
      return new EventStream(
        (signal) => transport.send('/v1/chat/completions', { method: 'POST', json, signal }),
        new ChatStreamReader(options.now),
        transport.streamSettings(undefined, { method: 'POST', path: '/v1/chat/completions', json }),
        options.signal,
      );
    },
    async createObject(params, given) {
      const options = callOptions(given);
      return createObject((chatParams) => chat.create(chatParams, options), params);
    },
  };
  return chat;
}
