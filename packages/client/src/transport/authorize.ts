import { checkApiKey } from '../config/check-api-key.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { ResolvedOptions } from '../options.js';
import type { Redactor } from '../security/redactor.js';

/**
 * Sets the Authorization of a request's headers (named in lower case) from the configured key (a
 * string, or a function asked on every attempt) and remembers each key so that no error or log
 * line can show it.
 */
export function authorizer(options: ResolvedOptions, redactor: Redactor) {
  if (typeof options.apiKey === 'string') redactor.remember(options.apiKey);
  const keyFor = async (): Promise<string | undefined> => {
    if (typeof options.apiKey !== 'function') return options.apiKey;
    let key: unknown;
    try {
      key = await options.apiKey();
    } catch (error) {
      throw new ConfigurationError('The apiKey function failed; see cause.', { cause: error });
    }
    return checkApiKey(key, 'The apiKey function');
  };
  return async (headers: Record<string, string>): Promise<void> => {
    const key = await keyFor();
    if (key === undefined) return;
    redactor.remember(key);
    headers.authorization = `Bearer ${key}`;
  };
}
