import type { Attributes } from './otel-like.js';
import { telemetryNames as n } from './telemetry-names.js';

type Json = {
  type?: unknown;
  id?: unknown;
  model?: unknown;
  message?: { id?: unknown; model?: unknown };
  choices?: unknown;
  stop_reason?: unknown;
  delta?: { stop_reason?: unknown };
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * What an answer says of itself — its id, the model that made it, why each choice stopped —
 * gathered from a whole JSON answer or event by event from a stream, in any of MiniMax's wire
 * formats (OpenAI-compatible and native `choices[].finish_reason`, Anthropic `stop_reason`).
 */
export class ResponseFacts {
  #id: string | undefined;
  #model: string | undefined;
  readonly #reasons = new Map<number, string>();

  /** Reads one JSON answer or stream event. */
  read(json: unknown): void {
    if (typeof json !== 'object' || json === null) return;
    const event = json as Json;
    const head = event.type === 'message_start' && event.message ? event.message : event;
    this.#id ??= text(head.id);
    this.#model ??= text(head.model);
    if (Array.isArray(event.choices)) {
      for (const [i, choice] of (event.choices as { index?: unknown; finish_reason?: unknown }[]).entries()) {
        const reason = text(choice?.finish_reason);
        if (reason) this.#reasons.set(typeof choice.index === 'number' ? choice.index : i, reason);
      }
    }
    const stop = text(event.stop_reason) ?? text(event.delta?.stop_reason);
    if (stop) this.#reasons.set(0, stop);
  }

  /** The facts read so far, as span attributes. */
  attributes(): Attributes {
    const reasons = [...this.#reasons.entries()].sort(([a], [b]) => a - b).map(([, reason]) => reason);
    return {
      ...(this.#id ? { [n.responseId]: this.#id } : {}),
      ...(this.#model ? { [n.responseModel]: this.#model } : {}),
      ...(reasons.length > 0 ? { [n.finishReasons]: reasons } : {}),
    };
  }

  /** The model that answered, once an answer named it. */
  get model(): string | undefined {
    return this.#model;
  }
}
