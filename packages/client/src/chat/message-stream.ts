import type { SseEvent } from '@minimax-kit/core';
import { ValidationError } from '../errors/validation-error.js';
import type { StreamReader } from '../streaming/event-stream.js';
import type { ContentBlock, Message, MessageEvent } from './message-schemas.js';
import { type StreamTiming, TokenTimer } from './stream-timing.js';
import { parseToolArguments } from './tool-arguments-error.js';

/** A streamed message, assembled as `messages.create` would return it, with its timing. */
export type StreamedMessage = Message & {
  /** Time to first token and TPS (over `usage.output_tokens`). */
  timing: StreamTiming;
};

/**
 * Aggregates Anthropic-compatible events into the final message, as `messages.create` would return
 * it: `tool_use` blocks get their `input` parsed from the `input_json_delta` fragments.
 */
export class MessageStreamReader implements StreamReader<MessageEvent, StreamedMessage> {
  finished = false;
  #message: Message = {
    id: '',
    type: 'message',
    role: 'assistant',
    model: '',
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: { input_tokens: 0, output_tokens: 0 },
  };
  #json = new Map<number, string>();
  #timer: TokenTimer;

  constructor(now?: () => number) {
    this.#timer = new TokenTimer(now);
  }

  read(_event: SseEvent, json: unknown): MessageEvent[] {
    const event = json as MessageEvent;
    if (typeof event?.type !== 'string')
      throw new ValidationError('response', [{ path: 'type', message: 'must be a string in every event' }]);
    const message = this.#message;
    const index = event.index ?? 0;
    switch (event.type) {
      case 'message_start':
        message.id = event.message?.id ?? '';
        message.model = event.message?.model ?? '';
        message.usage.input_tokens = event.message?.usage?.input_tokens ?? 0;
        break;
      case 'content_block_start':
        message.content[index] = { ...(event.content_block as ContentBlock) };
        break;
      case 'content_block_delta': {
        const block = message.content[index] ?? { type: 'text' };
        message.content[index] = block;
        const delta = event.delta ?? {};
        this.#timer.token();
        if (delta.text !== undefined) block.text = (block.text ?? '') + delta.text;
        if (delta.thinking !== undefined) block.thinking = (block.thinking ?? '') + delta.thinking;
        if (delta.signature !== undefined) block.signature = delta.signature;
        if (delta.partial_json !== undefined)
          this.#json.set(index, (this.#json.get(index) ?? '') + delta.partial_json);
        break;
      }
      case 'message_delta':
        message.stop_reason = event.delta?.stop_reason ?? message.stop_reason;
        message.usage.output_tokens = event.usage?.output_tokens ?? message.usage.output_tokens;
        break;
      case 'message_stop':
        this.finished = true;
        break;
    }
    return [event];
  }

  reported(): unknown {
    return { usage: this.#message.usage };
  }

  result(): StreamedMessage {
    const message = this.#message;
    const finishReason = message.stop_reason ?? undefined;
    const content = message.content
      .map((block, index) => {
        const partial = this.#json.get(index);
        if (block?.type !== 'tool_use' || partial === undefined) return block;
        return { ...block, input: parseToolArguments(block.name ?? '', partial, { finishReason }) };
      })
      .filter(Boolean);
    return { ...message, content, timing: this.#timer.timing(message.usage.output_tokens) };
  }
}
