import type { MockState } from '../state.js';
import { hashSeed } from '../util/random.js';
import { bytesResponse, notFound } from './respond.js';

/** How long a download link stays valid: MiniMax's links last 1–9 hours; the mock gives 9. */
const validSeconds = 9 * 3600;

/** Signed, expiring download links to the mock's files, like the object-store URLs MiniMax hands out. */
export interface FileLinks {
  /** A link to one file that works without a key until it expires. */
  url(origin: string, fileId: string): string;
  /** Serves `GET /_mock/files/<id>?Expires=…&Signature=…`; a link not signed by this mock, or expired, is 403. */
  serve(url: URL, state: MockState, traceId: string): Response;
}

const denied = (traceId: string, why: string) =>
  new Response(`<Error><Code>AccessDenied</Code><Message>${why}</Message></Error>`, {
    status: 403,
    headers: { 'content-type': 'application/xml', 'trace-id': traceId },
  });

/** Links signed with a secret of this mock alone (so another mock's, or a guessed, link fails). */
export function createFileLinks(now: () => number): FileLinks {
  const secret = Array.from(crypto.getRandomValues(new Uint32Array(4))).join('.');
  const sign = (fileId: string, expires: string) =>
    hashSeed(secret, fileId, expires).toString(16) + hashSeed(expires, fileId, secret).toString(16);
  return {
    url(origin, fileId) {
      const expires = String(Math.floor(now() / 1000) + validSeconds);
      return `${origin}/_mock/files/${fileId}?Expires=${expires}&Signature=${sign(fileId, expires)}`;
    },
    serve(url, state, traceId) {
      const fileId = url.pathname.slice('/_mock/files/'.length);
      const file = state.files.get(fileId);
      if (!file) return notFound(traceId);
      const expires = url.searchParams.get('Expires') ?? '';
      if (url.searchParams.get('Signature') !== sign(fileId, expires))
        return denied(traceId, 'The request signature does not match.');
      if (Number(expires) * 1000 < now()) return denied(traceId, 'Request has expired.');
      return bytesResponse(file.bytes, traceId, file.contentType);
    },
  };
}
