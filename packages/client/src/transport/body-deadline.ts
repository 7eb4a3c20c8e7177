/** A deadline a body must be read within: an attempt's, or the whole call's. */
export interface BodyDeadline {
  /** Aborts, with the deadline's error, when it passes (or the call is aborted). */
  signal: AbortSignal;
  /** Ends the deadline: the body is read, failed or given up. */
  done(): void;
}

const deadlines = new WeakMap<Response, BodyDeadline[]>();

/**
 * Hands a body's deadline to whoever reads it (`readCapped`, `EventStream`) instead of wrapping the
 * body in another stream, which costs a step per chunk. A body read some other way is still held
 * to it by the platform's fetch, which fails a body when the signal it was given aborts.
 */
export function keepBodyDeadline(response: Response, deadline: BodyDeadline): Response {
  const kept = deadlines.get(response);
  if (kept) kept.push(deadline);
  else deadlines.set(response, [deadline]);
  return response;
}

/** The deadlines a response's body must be read within. */
export const bodyDeadlinesOf = (response: Response): readonly BodyDeadline[] => deadlines.get(response) ?? [];

/** Ends a body's deadlines: it is read, failed, or given up. */
export function endBodyDeadlines(response: Response): void {
  for (const deadline of deadlines.get(response) ?? []) deadline.done();
  deadlines.delete(response);
}
