// A count a server reported; anything else (1e999 parses to Infinity, negatives, strings) is no count.
const counted = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** The TPM units a MiniMax answer reports: tokens (text), billing characters (speech), images. */
export function reportedUnits(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const body = json as Record<string, unknown>;
  const usage = body.usage as Record<string, unknown> | null | undefined;
  if (usage) {
    const total = counted(usage.total_tokens);
    if (total !== undefined) return total;
    const parts = [
      'input_tokens',
      'output_tokens',
      'cache_read_input_tokens',
      'cache_creation_input_tokens',
    ].map((field) => counted(usage[field]) ?? 0);
    const sum = parts.reduce((a, b) => a + b, 0);
    if ((counted(usage.input_tokens) ?? counted(usage.output_tokens)) !== undefined && Number.isFinite(sum))
      return sum;
  }
  const extra = body.extra_info as Record<string, unknown> | undefined;
  const characters = counted(extra?.usage_characters) ?? counted(body.usage_characters);
  if (characters !== undefined) return characters;
  const succeeded = (body.metadata as Record<string, unknown> | undefined)?.success_count;
  return succeeded === undefined || succeeded === null || succeeded === ''
    ? undefined
    : counted(Number(succeeded));
}

/** The MiniMax error code a body carries (`base_resp`, or `(NNNN)` at the end of a compatible message). */
export function errorCode(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const body = json as { base_resp?: { status_code?: unknown }; error?: { message?: unknown } };
  const native = Number(body.base_resp?.status_code);
  if (Number.isFinite(native) && native !== 0) return native;
  const trailing = /\((\d{4,5})\)\s*$/.exec(String(body.error?.message ?? ''))?.[1];
  return trailing ? Number(trailing) : undefined;
}

/**
 * Follows a stream's usage as events pass: OpenAI-style usage chunks, Anthropic `message_start` /
 * `message_delta` usage, speech `extra_info.usage_characters`. Anthropic splits input and output.
 */
export class StreamUsage {
  #input = 0;
  #total: number | undefined;
  code: number | undefined;

  /** Reads one event's JSON. */
  read(json: unknown): void {
    const event = json as {
      type?: string;
      message?: { usage?: { input_tokens?: number } };
      usage?: { output_tokens?: number };
    };
    this.code ??= errorCode(json);
    if (event?.type === 'message_start') {
      this.#input = counted(event.message?.usage?.input_tokens) ?? 0;
      return;
    }
    const output = event?.type === 'message_delta' ? counted(event.usage?.output_tokens) : undefined;
    if (output !== undefined) {
      this.#total = this.#input + output;
      return;
    }
    this.#total = reportedUnits(json) ?? this.#total;
  }

  /** The units the stream reported, once it has. */
  get units(): number | undefined {
    return this.#total;
  }
}
