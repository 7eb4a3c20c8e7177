import { errorCodeOf, reportedUnits } from '@minimax-kit/core';

// A count a server reported; anything else (1e999, negatives, strings) is no count.
const counted = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/**
 * Follows a stream's usage as events pass: OpenAI-style usage chunks, Anthropic `message_start` /
 * `message_delta` usage, speech `extra_info.usage_characters`. Anthropic splits input and output.
 */
export class StreamUsage {
  #input = 0;
  #total: number | undefined;
  #answer: { usage?: Record<string, unknown> } | undefined;
  code: number | undefined;

  /** Reads one event's JSON. */
  read(json: unknown): void {
    const event = json as {
      type?: string;
      message?: { usage?: { input_tokens?: number } & Record<string, unknown> };
      usage?: { output_tokens?: number };
    };
    this.code ??= errorCodeOf(json);
    if (event?.type === 'message_start') {
      this.#input = counted(event.message?.usage?.input_tokens) ?? 0;
      this.#answer = { usage: { ...event.message?.usage } };
      return;
    }
    const output = event?.type === 'message_delta' ? counted(event.usage?.output_tokens) : undefined;
    if (output !== undefined) {
      this.#total = this.#input + output;
      this.#answer = { usage: { ...this.#answer?.usage, output_tokens: output } };
      return;
    }
    const units = reportedUnits(json);
    if (units === undefined) return;
    this.#total = units;
    this.#answer = json as { usage?: Record<string, unknown> };
  }

  /** The answer's usage as a JSON answer would report it (Anthropic's parts merged), for pricing. */
  get answer(): unknown {
    return this.#answer;
  }

  /** The units the stream reported, once it has. */
  get units(): number | undefined {
    return this.#total;
  }
}

/** The JSON of a text, or `undefined` when it is not JSON. */
export function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
