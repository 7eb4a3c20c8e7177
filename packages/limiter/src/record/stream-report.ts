import { errorCodeOf } from '@minimax-kit/core';

/**
 * Gathers what a stream reported, shaped like a whole answer for `costOfCall`: the OpenAI-style
 * usage chunk, Anthropic `message_start` usage completed by `message_delta`, and the final
 * `extra_info` of a speech or music stream.
 */
export class StreamReport {
  /** The MiniMax error code an event carried, if one did. */
  code: number | undefined;
  #usage: Record<string, unknown> | undefined;
  #extra: unknown;

  read(json: unknown): void {
    const event = json as {
      type?: unknown;
      message?: { usage?: object };
      usage?: object | null;
      extra_info?: unknown;
    } | null;
    if (typeof event !== 'object' || event === null) return;
    this.code ??= errorCodeOf(json);
    if (event.type === 'message_start') this.#usage = { ...event.message?.usage };
    else if (event.type === 'message_delta' && event.usage) this.#usage = { ...this.#usage, ...event.usage };
    else if (typeof event.usage === 'object' && event.usage !== null) this.#usage = { ...event.usage };
    if (event.extra_info !== undefined) this.#extra = event.extra_info;
  }

  /** What the stream reported so far, as an answer. */
  answer(): { usage?: object; extra_info?: unknown } {
    return {
      ...(this.#usage ? { usage: this.#usage } : {}),
      ...(this.#extra === undefined ? {} : { extra_info: this.#extra }),
    };
  }
}
