/** The TPM units a MiniMax answer reports: tokens (text), billing characters (speech), images. */
export function reportedUnits(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const body = json as Record<string, unknown>;
  const usage = body.usage as Record<string, unknown> | null | undefined;
  if (usage) {
    if (typeof usage.total_tokens === 'number') return usage.total_tokens;
    const parts = [
      'input_tokens',
      'output_tokens',
      'cache_read_input_tokens',
      'cache_creation_input_tokens',
    ].map((field) => (typeof usage[field] === 'number' ? (usage[field] as number) : 0));
    if (typeof usage.input_tokens === 'number' || typeof usage.output_tokens === 'number')
      return parts.reduce((a, b) => a + b, 0);
  }
  const extra = body.extra_info as Record<string, unknown> | undefined;
  if (typeof extra?.usage_characters === 'number') return extra.usage_characters;
  if (typeof body.usage_characters === 'number') return body.usage_characters;
  const succeeded = (body.metadata as Record<string, unknown> | undefined)?.success_count;
  if (succeeded !== undefined && Number.isFinite(Number(succeeded))) return Number(succeeded);
  return undefined;
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
      this.#input = event.message?.usage?.input_tokens ?? 0;
      return;
    }
    if (event?.type === 'message_delta' && typeof event.usage?.output_tokens === 'number') {
      this.#total = this.#input + event.usage.output_tokens;
      return;
    }
    this.#total = reportedUnits(json) ?? this.#total;
  }

  /** The units the stream reported, once it has. */
  get units(): number | undefined {
    return this.#total;
  }
}
