// The messages platforms give a fetch that failed on the network, from sindresorhus/is-network-error
// (MIT, https://github.com/sindresorhus/is-network-error, v1.3.2), which ky inlines too.
const messages = new Set([
  'network error', // Chrome
  'NetworkError when attempting to fetch resource.', // Firefox
  'The Internet connection appears to be offline.', // Safari 16
  'Network request failed', // cross-fetch
  'fetch failed', // undici (Node.js)
  'terminated', // undici (Node.js)
  ' A network error occurred.', // Bun
  'Network connection lost', // Cloudflare Workers
]);

const enclosed = (message: string, start: string) =>
  message === start || (message.startsWith(`${start} (`) && message.endsWith(')'));

/** Whether a fetch rejected because the network failed (a `TypeError` with a platform's message), not a bug. */
export function isNetworkFailure(error: unknown): error is TypeError {
  // By tag, not instanceof: the error may come from another realm (an edge runtime's, an iframe's).
  if (Object.prototype.toString.call(error) !== '[object Error]') return false;
  const { name, message } = error as Error;
  if (name !== 'TypeError' || typeof message !== 'string') return false;
  // Safari 17+: a generic message and no stack.
  if (enclosed(message, 'Load failed'))
    return (error as Error).stack === undefined || '__sentry_captured__' in (error as object);
  return (
    enclosed(message, 'Failed to fetch') ||
    message.startsWith('error sending request for url') || // Deno
    messages.has(message)
  );
}

/** Whether an error is a deadline's: a `TimeoutError` by name (the platform's `DOMException` or ours). */
export const isTimeout = (error: unknown): boolean =>
  (error as { name?: unknown } | null)?.name === 'TimeoutError';
