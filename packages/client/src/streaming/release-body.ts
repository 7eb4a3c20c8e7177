// How long the rest of a finished stream's body (its end, right after `[DONE]`) is waited for.
const drainMs = 1000;

/**
 * Lets go of a stream MiniMax finished without cancelling it: cancelling a platform fetch's body
 * aborts the fetch (an exception built with its stack, and a connection closed if any byte was
 * still due). What is left, usually just the body's end, is read in the background, so that the
 * connection goes back to the pool; a server that keeps the body open is cut off after a moment.
 */
export function releaseBody(reader: ReadableStreamDefaultReader<unknown>): void {
  const cut = setTimeout(() => reader.cancel().catch(() => {}), drainMs);
  (cut as { unref?: () => void }).unref?.();
  const drain = async () => {
    while (!(await reader.read()).done);
  };
  drain()
    .catch(() => {})
    .finally(() => clearTimeout(cut));
}
