/** What an error knows about the failed call. */
export interface ErrorDetails {
  /** MiniMax's status code (`base_resp.status_code`, or the `(NNNN)` of a compatible endpoint's message). */
  code?: number | undefined;
  httpStatus?: number | undefined;
  /** The `Trace-Id` response header: quote it when reporting a problem to MiniMax. */
  traceId?: string | undefined;
  /** The `request_id` of a compatible endpoint's error body. */
  requestId?: string | undefined;
  retryable?: boolean;
  cause?: unknown;
}

/** The base of every error the client raises: `code`, `httpStatus`, `traceId`, `retryable`. */
export class MiniMaxError extends Error {
  readonly code: number | undefined;
  readonly httpStatus: number | undefined;
  readonly traceId: string | undefined;
  readonly requestId: string | undefined;
  /** Retrying the same call later can succeed. */
  readonly retryable: boolean;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'MiniMaxError';
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.traceId = details.traceId;
    this.requestId = details.requestId;
    this.retryable = details.retryable ?? false;
  }
}
