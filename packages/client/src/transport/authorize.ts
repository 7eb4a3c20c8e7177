import { checkApiKey } from '../config/check-api-key.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { ResolvedOptions } from '../options.js';
import type { Redactor } from '../security/redactor.js';

/**
 * Sets the Authorization of a request's headers (named in lower case) from the configured key (a
 * string, or a function asked on every attempt) and remembers each key so that no error or log
 * line can show it.
 */
export function authorizer(
  options: ResolvedOptions,
  redactor: Redactor,
): (headers: Record<string, string>) => undefined | Promise<void> {
  const { apiKey } = options;
  if (typeof apiKey !== 'function') {
    if (apiKey === undefined) return () => undefined;
    redactor.remember(apiKey);
    // A fixed key is set without waiting for a promise on every request.
    const authorization = `Bearer ${apiKey}`;
    return (headers) => {
      headers.authorization = authorization;
      return undefined;
    };
  }
  const keyFor = async (): Promise<string> => {
    let key: unknown;
    try {
      key = await apiKey();
    } catch (error) {
      throw new ConfigurationError('The apiKey function failed; see cause.', { cause: error });
    }
    return checkApiKey(key, 'The apiKey function');
  };
  return async (headers) => {
    const key = await keyFor();
    redactor.remember(key);
    headers.authorization = `Bearer ${key}`;
  };
}
