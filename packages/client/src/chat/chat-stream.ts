import type { SseEvent } from '@minimax-kit/core';
import { ValidationError } from '../errors/validation-error.js';
import type { StreamReader } from '../streaming/event-stream.js';
import type { ChatChunk, ChatUsage } from './chat-schemas.js';

/** A streamed completion, read to its end. */
export interface ChatStreamResult {
  id: string | undefined;
  model: string | undefined;
  /** The answer, without any `<think>` section. */
  text: string;
  /** The model's thinking: from `reasoning_details`, `reasoning_content` or an inline `<think>` section. */
  reasoning: string;
  /** Everything `content` carried, as sent. */
  content: string;
  finishReason: string | undefined;
  /** From MiniMax's trailing usage-only chunk. */
  usage: ChatUsage | undefined;
}

const think = /^\s*<think>([\s\S]*?)<\/think>\s*/;

/** Aggregates OpenAI-compatible chunks: content, reasoning, finish reason and the final usage. */
export class ChatStreamReader implements StreamReader<ChatChunk, ChatStreamResult> {
  finished = false;
  #id: string | undefined;
  #model: string | undefined;
  #content = '';
  #reasoning = '';
  #finish: string | undefined;
  #usage: ChatUsage | undefined;

  read(event: SseEvent, json: unknown): ChatChunk[] {
    void event;
    // Chunks arrive by the hundred: check only what the client reads, without a schema pass.
    const chunk = json as ChatChunk;
    if (!Array.isArray(chunk?.choices))
      throw new ValidationError('response', [
        { path: 'choices', message: 'must be an array in every chunk' },
      ]);
    this.#id ??= chunk.id;
    this.#model ??= chunk.model;
    for (const choice of chunk.choices) {
      const delta = choice.delta;
      this.#content += delta?.content ?? '';
      this.#reasoning +=
        (delta?.reasoning_details ?? []).map((detail) => detail.text).join('') +
        (delta?.reasoning_content ?? '');
      if (choice.finish_reason) this.#finish = choice.finish_reason;
    }
    if (chunk.usage) {
      this.#usage = chunk.usage;
      this.finished = true;
    }
    if (this.#finish && chunk.choices.length === 0) this.finished = true;
    return [chunk];
  }

  result(): ChatStreamResult {
    const inline = think.exec(this.#content);
    return {
      id: this.#id,
      model: this.#model,
      content: this.#content,
      text: inline ? this.#content.slice(inline[0].length) : this.#content,
      reasoning: this.#reasoning || (inline?.[1]?.trim() ?? ''),
      finishReason: this.#finish,
      usage: this.#usage,
    };
  }
}
