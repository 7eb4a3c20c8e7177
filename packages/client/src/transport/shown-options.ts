import type { ResolvedOptions } from '../options.js';
import { redactHeaders } from './redact.js';

/**
 * The client's settings as `transport.options` shows them: without the key (it lives only in the
 * transport's closures), with credential headers and key-like header values masked, and frozen.
 */
export type TransportOptions = Readonly<Omit<ResolvedOptions, 'apiKey'>>;

/** The settings without anything secret, for a transport to show. */
export function shownOptions(options: ResolvedOptions, redact: (text: string) => string): TransportOptions {
  const { apiKey: _key, headers, ...settings } = options;
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(redactHeaders(headers))) shown[name] = redact(value);
  return Object.freeze({ ...settings, headers: Object.freeze(shown) });
}
