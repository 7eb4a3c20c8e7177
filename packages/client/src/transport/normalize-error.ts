import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { isNetworkFailure, isTimeout } from './network-failure.js';

const builtIn = new Set<unknown>([Error, TypeError, RangeError, SyntaxError, globalThis.DOMException]);

/**
 * The typed error for whatever a call failed with. MiniMax's answers are already typed; attempt
 * deadlines, dropped connections and aborts become theirs; a platform error (TypeError …) becomes a
 * `ConnectionError`. Errors of other libraries, such as a limiter's, pass through unchanged.
 */
export function normalizeError(
  error: unknown,
  call: { method: string; path: string; host: string; aborted: boolean },
): unknown {
  if (error instanceof MiniMaxError) return error;
  if (call.aborted) return new AbortError('The call was aborted.', { cause: error });
  const message = String((error as { message?: unknown } | undefined)?.message ?? error);
  if (isTimeout(error)) {
    return new TimeoutError(`No complete answer from ${call.method} ${call.path} in time.`, {
      phase: 'attempt',
    });
  }
  if (isNetworkFailure(error)) {
    return new ConnectionError(`Could not reach MiniMax (${call.host}): ${message}.`, {
      retryable: true,
      cause: error,
    });
  }
  if ((error as { name?: string } | undefined)?.name === 'AbortError')
    return new AbortError('The call was aborted.', { cause: error });
  if (error instanceof Error && builtIn.has(Object.getPrototypeOf(error)?.constructor)) {
    return new ConnectionError(`${call.method} ${call.path} failed: ${message}`, { cause: error });
  }
  return error;
}
