import { callOptions } from '../config/check-call-options.js';
import { EventStream } from '../streaming/event-stream.js';
import { checkRequest } from '../transport/check-request.js';
import type { WithMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import type { CallOptions } from './chat.js';
import {
  type Message,
  type MessageEvent,
  type MessageParams,
  messageParamsSchema,
  messageSchema,
} from './message-schemas.js';
import { MessageStreamReader, type StreamedMessage } from './message-stream.js';

/** Anthropic-compatible messages (`/anthropic/v1/messages`). */
export interface Messages {
  create(params: MessageParams, options?: CallOptions | null): Promise<WithMeta<Message>>;
  /** A stream of events: `for await` it, or `await stream.final()` for the assembled message and its timing. */
  stream(params: MessageParams, options?: CallOptions | null): EventStream<MessageEvent, StreamedMessage>;
}

const path = '/anthropic/v1/messages';

/** The messages resource over a transport. */
export function createMessages(transport: Transport): Messages {
  return {
    async create(params, given) {
      const options = callOptions(given);
      const json = { ...checkRequest(messageParamsSchema, params), stream: false };
      return transport.json(path, { method: 'POST', json, signal: options.signal }, messageSchema);
    },
    stream(params, given) {
      const options = callOptions(given);
      const json = { ...checkRequest(messageParamsSchema, params), stream: true };
      return new EventStream(
        (signal) => transport.send(path, { method: 'POST', json, signal }),
        new MessageStreamReader(options.now),
        transport.streamSettings(undefined, { method: 'POST', path, json }),
        options.signal,
      );
    },
  };
}
