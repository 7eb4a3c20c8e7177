import type { ResolvedOptions } from '../options.js';

/** One HTTP request of a call, as the transport builds it. */
export interface RequestCall {
  method: 'GET' | 'POST';
  /** A body: JSON text (sent as `application/json` unless a header says otherwise) or a multipart form. */
  body?: string | FormData;
  query?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Headers of this call, over the client's own. */
  headers?: Record<string, string>;
}

/** Sends one request to `path` (under `baseURL`); a failed fetch rejects as the fetch rejected. */
export type Requester = (path: string, call: RequestCall) => Promise<Response>;

/**
 * Sends requests as `fetch(url, init)` with a string or form body, the way the platform sends
 * them fastest: no `Request` object is built, so no fetch along the way (a limiter, the attempt
 * deadline, the platform's) has to pipe a body stream through a copy of it. `prepare` sets the
 * headers each attempt needs (the key, asked per attempt) before it is sent.
 */
export function createRequester(
  options: Pick<ResolvedOptions, 'baseURL' | 'headers' | 'fetch'>,
  prepare: (headers: Record<string, string>, url: string, method: string) => undefined | Promise<void>,
): Requester {
  const base = options.baseURL.replace(/\/+$/, '');
  // Lower-case names, so that a call's header replaces the client's whatever its case.
  const defaults: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers)) defaults[name.toLowerCase()] = value;
  return async (path, call) => {
    let url = `${base}/${path.replace(/^\/+/, '')}`;
    if (call.query) url += `${url.includes('?') ? '&' : '?'}${new URLSearchParams(call.query)}`;
    const headers: Record<string, string> = { ...defaults };
    if (call.headers)
      for (const name in call.headers) headers[name.toLowerCase()] = call.headers[name] as string;
    if (typeof call.body === 'string') headers['content-type'] ??= 'application/json';
    // A form's type carries its boundary, which only the platform knows.
    else if (call.body !== undefined) delete headers['content-type'];
    const preparing = prepare(headers, url, call.method);
    if (preparing) await preparing;
    const init: RequestInit = { method: call.method, headers };
    if (call.body !== undefined) init.body = call.body;
    if (call.signal) init.signal = call.signal;
    return options.fetch(url, init);
  };
}
