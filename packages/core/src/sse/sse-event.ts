/** One server-sent event: its `event` field (absent for plain messages) and its `data` lines joined by `\n`. */
export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** Options of `SseParser` and `SseDecoderStream`. */
export interface SseDecoderOptions {
  /** The most bytes one line, or one event's data, may hold; unlimited when absent. */
  maxEventBytes?: number;
  /** The error to fail with when a line or an event passes `maxEventBytes`; a `RangeError` when absent. */
  tooLarge?: (limit: number) => Error;
}
