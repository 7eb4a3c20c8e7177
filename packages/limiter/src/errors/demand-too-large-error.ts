/** A request asks for more than a limit allows at all (e.g. more tokens than the TPM): it can never be admitted. */
export class DemandTooLargeError extends Error {
  readonly code = 'DEMAND_TOO_LARGE';
  /** Which limit, as a dimension id (`tpm:text:MiniMax-M2`). */
  readonly dimension: string;

  constructor(dimension: string, amount: number, limit: number) {
    super(
      `The request needs ${amount} of ${dimension}, whose limit is ${limit}: it can never be admitted. Split it, or lower max_tokens.`,
    );
    this.name = 'DemandTooLargeError';
    this.dimension = dimension;
  }
}
