import { describeRequest, MiniMaxKitError, type RequestDescription } from '@minimax-kit/core';
import { authenticate } from './auth/authenticate.js';
import { requestRegion } from './auth/request-region.js';
import type { Ctx, Runtime } from './context.js';
import { faultAnswer } from './faults/fault-answer.js';
import type { FaultBook } from './faults/pick-faults.js';
import { errorResponse } from './http/error-response.js';
import type { FileLinks } from './http/file-links.js';
import { invalidParams, MockApiError, MockConnectionReset } from './http/mock-api-error.js';
import { readBody } from './http/read-body.js';
import { notFound, preflight } from './http/respond.js';
import { respondAdmitted } from './limits/respond-admitted.js';
import { recordRequest } from './request-log.js';
import { routes } from './routes.js';
import type { RequestRecord } from './state.js';
import { createRandom, hashSeed, type Random } from './util/random.js';

/** Bodies beyond this are refused before they are read (a 50 MB image as base64, with room). */
const defaultMaxBodyBytes = 100 * 1024 * 1024;

/** What answering a request uses of the mock it belongs to. */
export interface Answering {
  runtime: Runtime;
  seed: number;
  faults: FaultBook;
  links: FileLinks;
  /** The mock's own draws (trace ids, faults); `reset()` starts them over. */
  sequence(): Random;
}

/** What MiniMax makes of a request; one it cannot describe is an invalid-params error. */
function describe(method: string, url: URL, body: Record<string, unknown>): RequestDescription {
  try {
    return describeRequest(method, url, body);
  } catch (error) {
    if (error instanceof MiniMaxKitError) invalidParams(error.message);
    throw error;
  }
}

/**
 * Answers requests like MiniMax: the route, injected faults, the key, the body, the endpoint's
 * handler and admission, every answer logged. Throws `MockConnectionReset` where the connection
 * should drop.
 */
export function createHandler(mock: Answering): (request: Request) => Promise<Response> {
  const { runtime, seed, faults, links } = mock;
  const { now } = runtime;
  const record = (entry: Omit<RequestRecord, 'at'>) => recordRequest(runtime.state, entry, now());

  return async function handle(request) {
    // A client that is gone before its request is read is not served.
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const traceId = mock.sequence().hex(32);
    if (method === 'OPTIONS') return preflight(traceId);
    if (method === 'GET' && path.startsWith('/_mock/files/')) return links.serve(url, runtime.state, traceId);
    const route = routes.get(`${method} ${path}`);
    if (!route) {
      record({ method, path, status: 404, code: 404 });
      return notFound(traceId);
    }
    const { latency, fault } = faults.take(method, path, mock.sequence());
    if (latency > 0) await runtime.sleep(latency, request.signal);
    const replaced = faultAnswer(fault, traceId);
    if (replaced) {
      record({ method, path, status: replaced.status, code: replaced.code });
      if (!replaced.response) throw new MockConnectionReset();
      return replaced.response;
    }
    let keyName: string | undefined;
    let scope: string | undefined;
    try {
      if (fault?.type === 'error') throw new MockApiError(fault.code, fault.message);
      const region = requestRegion(url, runtime.state.region);
      const key = authenticate(request, route.surface, runtime.state, region);
      keyName = key.key;
      const { body, text, form } = await readBody(
        request,
        runtime.options.maxBodyBytes ?? defaultMaxBodyBytes,
      );
      const description = describe(method, url, body);
      scope = description.scope;
      const ctx: Ctx & { form?: FormData } = {
        runtime,
        request,
        url,
        surface: route.surface,
        key,
        body,
        description,
        traceId,
        // The same request gives the same answer, streamed or not.
        random: createRandom(
          hashSeed(
            seed,
            method,
            path,
            text && JSON.stringify({ ...body, stream: undefined, stream_options: undefined }),
          ),
        ),
        fault: fault?.type === 'cut' || fault?.type === 'stall' ? fault : undefined,
        ...(form ? { form } : {}),
      };
      const reply = await route.handler(ctx);
      const response = await respondAdmitted(runtime.state, key, description, reply, now());
      record({ method, path, status: response.status, code: 0, key: keyName, ...(scope ? { scope } : {}) });
      return response;
    } catch (error) {
      if (!(error instanceof MockApiError)) throw error;
      const response = errorResponse(route.surface, error, traceId, mock.sequence().hex(32));
      record({
        method,
        path,
        status: response.status,
        code: error.code,
        ...(keyName ? { key: keyName } : {}),
        ...(scope ? { scope } : {}),
      });
      return response;
    }
  };
}
