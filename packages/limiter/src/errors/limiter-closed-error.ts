/** A limiter or store was used after `close()`; whatever was still waiting on it settles with this. */
export class LimiterClosedError extends Error {
  readonly code = 'LIMITER_CLOSED';
  /** What was closed. */
  readonly closed: 'limiter' | 'store';

  constructor(closed: 'limiter' | 'store') {
    super(
      `This ${closed} has been closed: create a new one, or close it only once the work that uses it is done.`,
    );
    this.name = 'LimiterClosedError';
    this.closed = closed;
  }
}
