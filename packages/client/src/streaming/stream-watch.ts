/** What a body's reader is watched for: silence, and signals that end it. */
export interface StreamWatchOptions {
  /** Fail after this long without an event while waiting for one; 0 (the default) for never. */
  idleMs?: number;
  /** The error of a silent stream. */
  idle?: () => Error;
  /** Signals whose abort ends the stream, with their reason. */
  signals: readonly (AbortSignal | undefined)[];
}

const now = () => performance.now();

/**
 * Watches a body's reader with one timer and one listener per signal for the whole body,
 * instead of a timer, a promise and a listener per read: when a signal aborts or the stream stays
 * silent too long, it records why and cancels the reader, so the pending read ends and the loop
 * reading it throws `failure`. Time the consumer spends between reads does not count as silence.
 */
export class StreamWatch {
  failed = false;
  failure: unknown;
  readonly #reader: ReadableStreamDefaultReader<unknown>;
  readonly #options: StreamWatchOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #since = now();
  #waiting = false;

  constructor(reader: ReadableStreamDefaultReader<unknown>, options: StreamWatchOptions) {
    this.#reader = reader;
    this.#options = options;
    for (const signal of options.signals) {
      if (signal?.aborted) this.#fail(signal.reason);
      else signal?.addEventListener('abort', this.#onAbort, { once: true });
    }
  }

  /** A read is starting; `fresh` when an event came since the last one, so silence counts from now. */
  waiting(fresh: boolean): void {
    if (fresh) this.#since = now();
    this.#waiting = true;
    if (this.#timer === undefined && (this.#options.idleMs ?? 0) > 0) this.#arm();
  }

  /** The read came back. */
  read(): void {
    this.#waiting = false;
  }

  /** Lets go of the timer and the signals. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const signal of this.#options.signals) signal?.removeEventListener('abort', this.#onAbort);
  }

  readonly #onAbort = (event: Event) => this.#fail((event.target as AbortSignal).reason);

  #arm(): void {
    const left = (this.#options.idleMs ?? 0) - (now() - this.#since);
    this.#timer = setTimeout(this.#check, Math.max(left, 0));
  }

  readonly #check = () => {
    this.#timer = undefined;
    // Not waiting: the consumer has the stream; the timer starts again with the next read.
    if (!this.#waiting || this.failed) return;
    if (now() - this.#since >= (this.#options.idleMs ?? 0)) this.#fail(this.#options.idle?.());
    else this.#arm();
  };

  #fail(reason: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.failure = reason;
    this.stop();
    this.#reader.cancel(reason).catch(() => {});
  }
}
