import type { SseEvent } from '@minimax-kit/core';
import { ValidationError } from '../errors/validation-error.js';
import type { StreamReader } from '../streaming/event-stream.js';
import type { ChatChunk, ChatUsage } from './chat-schemas.js';
import { type StreamTiming, TokenTimer } from './stream-timing.js';
import { parseToolArguments } from './tool-arguments-error.js';

/** A tool call assembled from a stream's deltas. */
export interface StreamedToolCall {
  id: string;
  name: string;
  /** The arguments as the model wrote them (JSON text). */
  arguments: string;
  /** The arguments parsed. */
  input: unknown;
}

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
  /** The tool calls, assembled from their deltas, arguments parsed (`ToolArgumentsError` when not JSON). */
  toolCalls: StreamedToolCall[];
  /** `stop`, `length`, `tool_calls` … */
  finishReason: string | undefined;
  /** From MiniMax's trailing usage-only chunk. */
  usage: ChatUsage | undefined;
  /** Time to first token and TPS (over `usage.completion_tokens`). */
  timing: StreamTiming;
}

const think = /^\s*<think>([\s\S]*?)<\/think>\s*/;

/** Aggregates OpenAI-compatible chunks: content, reasoning, tool calls, finish reason, usage, timing. */
export class ChatStreamReader implements StreamReader<ChatChunk, ChatStreamResult> {
  finished = false;
  #id: string | undefined;
  #model: string | undefined;
  #content = '';
  #reasoning = '';
  #calls: { id: string; name: string; arguments: string }[] = [];
  #finish: string | undefined;
  #usage: ChatUsage | undefined;
  #timer: TokenTimer;

  constructor(now?: () => number) {
    this.#timer = new TokenTimer(now);
  }

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
      const before = this.#content.length + this.#reasoning.length;
      this.#content += delta?.content ?? '';
      this.#reasoning +=
        (delta?.reasoning_details ?? []).map((detail) => detail.text).join('') +
        (delta?.reasoning_content ?? '');
      let tokens = this.#content.length + this.#reasoning.length > before;
      for (const part of delta?.tool_calls ?? []) {
        const index = typeof part.index === 'number' ? part.index : 0;
        const call = this.#calls[index] ?? { id: '', name: '', arguments: '' };
        this.#calls[index] = call;
        if (part.id) call.id = part.id;
        if (part.function?.name) call.name += part.function.name;
        call.arguments += part.function?.arguments ?? '';
        tokens = true;
      }
      if (tokens) this.#timer.token();
      if (choice.finish_reason) this.#finish = choice.finish_reason;
    }
    if (chunk.usage) {
      this.#usage = chunk.usage;
      this.finished = true;
    }
    if (this.#finish && chunk.choices.length === 0) this.finished = true;
    return [chunk];
  }

  reported(): unknown {
    return { usage: this.#usage };
  }

  result(): ChatStreamResult {
    const inline = think.exec(this.#content);
    const finishReason = this.#finish;
    return {
      id: this.#id,
      model: this.#model,
      content: this.#content,
      text: inline ? this.#content.slice(inline[0].length) : this.#content,
      reasoning: this.#reasoning || (inline?.[1]?.trim() ?? ''),
      toolCalls: this.#calls
        .filter(Boolean)
        .map((call) => ({ ...call, input: parseToolArguments(call.name, call.arguments, { finishReason }) })),
      finishReason,
      usage: this.#usage,
      timing: this.#timer.timing(this.#usage?.completion_tokens),
    };
  }
}
