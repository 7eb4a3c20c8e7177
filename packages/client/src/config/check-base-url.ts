import { ConfigurationError } from '../errors/configuration-error.js';

/**
 * Checks `baseURL` when the client is created: an absolute http(s) URL, or — in a browser — a path
 * on the page's own origin such as `/api/minimax`, without a user name or password. Returns it
 * without trailing slashes.
 */
export function checkBaseURL(value: unknown, inBrowser: boolean): string {
  const fail = () =>
    new ConfigurationError(
      `baseURL must be an absolute http(s) URL such as https://api.minimax.io${inBrowser ? ', or a path of this site such as /api/minimax' : ''}; the value given is not one (it is not shown, as a URL can hold credentials).`,
    );
  if (typeof value !== 'string' || value.trim() === '') throw fail();
  if (inBrowser && value.startsWith('/') && !value.startsWith('//')) return value.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail();
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host === '') throw fail();
  // fetch refuses such a URL on every request, and its error would show the password.
  if (url.username !== '' || url.password !== '')
    throw new ConfigurationError(
      'baseURL holds a user name or password, which fetch cannot send (and logs would show): put the credentials in headers, e.g. { headers: { "proxy-authorization": "Basic …" } }. The value given is not shown.',
    );
  return value.replace(/\/+$/, '');
}
