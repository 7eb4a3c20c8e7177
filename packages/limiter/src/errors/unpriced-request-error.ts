/** A limiter with budgets was asked to send a request whose cost is known only once it has run. */
export class UnpricedRequestError extends Error {
  readonly code = 'UNPRICED_REQUEST';
  /** Why it cannot be priced beforehand. */
  readonly reason: string;

  constructor(reason: string) {
    super(
      `A budget cannot reserve this request's cost (${reason}): send it through a limiter without budgets, or send its text inline.`,
    );
    this.name = 'UnpricedRequestError';
    this.reason = reason;
  }
}
