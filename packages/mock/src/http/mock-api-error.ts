import { errorCodeInfo } from '@minimax-kit/core';

/** A MiniMax error the mock answers with; the endpoint decides the envelope. */
export class MockApiError extends Error {
  readonly code: number;
  /** An HTTP status to use even on native endpoints (file upload answers 400). */
  readonly httpStatus: number | undefined;

  constructor(code: number, message?: string, httpStatus?: number) {
    super(message ?? errorCodeInfo(code)?.status ?? 'unknown error');
    this.name = 'MockApiError';
    this.code = code;
    this.httpStatus = httpStatus;
  }
}

/** Throws a 2013 "invalid params" naming the field and the problem, as MiniMax does. */
export function invalidParams(detail: string): never {
  throw new MockApiError(2013, `invalid params, ${detail}`);
}

/** Thrown to drop the connection without any response. */
export class MockConnectionReset extends Error {
  readonly code = 'ECONNRESET';

  constructor() {
    super('socket hang up');
    this.name = 'MockConnectionReset';
  }
}
