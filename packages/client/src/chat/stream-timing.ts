import { kindOf } from '../config/kind-of.js';
import { ValidationError } from '../errors/validation-error.js';

/** How fast a stream answered, as MiniMax measures text models (seed 004's TPS). */
export interface StreamTiming {
  /** From the call to the first token (text, thinking or tool arguments), in ms. */
  timeToFirstTokenMs: number | undefined;
  /** From the first token to the last, in ms. */
  generationMs: number | undefined;
  /** Output tokens ÷ (time of the last token − time of the first token), per second; undefined when they coincide. */
  tokensPerSecond: number | undefined;
}

/** Stamps the call, the first and the last token of a stream on a clock (ms). */
export class TokenTimer {
  readonly #now: () => number;
  readonly #start: number;
  #first: number | undefined;
  #last: number | undefined;

  constructor(now: () => number = () => performance.now()) {
    if (typeof now !== 'function')
      throw new ValidationError('request', [
        { path: 'now', message: `must be a clock in ms such as () => performance.now(), not ${kindOf(now)}` },
      ]);
    this.#now = now;
    this.#start = now();
  }

  /** Marks that a token arrived now. */
  token(): void {
    const at = this.#now();
    this.#first ??= at;
    this.#last = at;
  }

  /** The timing of the stream so far, for `outputTokens` tokens in all. */
  timing(outputTokens: number | undefined): StreamTiming {
    const first = this.#first;
    const generationMs = first === undefined || this.#last === undefined ? undefined : this.#last - first;
    return {
      timeToFirstTokenMs: first === undefined ? undefined : first - this.#start,
      generationMs,
      tokensPerSecond:
        generationMs && generationMs > 0 && outputTokens !== undefined
          ? outputTokens / (generationMs / 1000)
          : undefined,
    };
  }
}
