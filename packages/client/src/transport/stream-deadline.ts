/** A call's total deadline, handed to whoever reads its event stream. */
export interface StreamDeadline {
  /** Aborts, with a `TimeoutError`, when the deadline passes (or the caller's signal aborts). */
  signal: AbortSignal;
  /** Stops the deadline: the stream is over. */
  clear(): void;
}

const deadlines = new WeakMap<Response, StreamDeadline>();

/**
 * Hands an event stream's total deadline to its reader instead of wrapping its body in another
 * stream, which would cost a step per chunk: `EventStream` watches it between reads, and a
 * platform fetch fails the body when the signal it was given aborts.
 */
export function keepStreamDeadline(response: Response, deadline: StreamDeadline): Response {
  deadlines.set(response, deadline);
  return response;
}

/** The total deadline of an event stream's call, if its transport kept one. */
export const streamDeadlineOf = (response: Response): StreamDeadline | undefined => deadlines.get(response);
