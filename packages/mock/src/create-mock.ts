import { describeRequest, MiniMaxKitError, sleep, type Usage } from '@minimax-kit/core';
import { authenticate } from './auth/authenticate.js';
import type { Ctx, Runtime } from './context.js';
import type { FaultRule } from './faults/fault.js';
import { createFaultBook } from './faults/pick-faults.js';
import { errorResponse } from './http/error-response.js';
import { createFileLinks } from './http/file-links.js';
import { invalidParams, MockApiError, MockConnectionReset } from './http/mock-api-error.js';
import { readBody } from './http/read-body.js';
import { notFound, preflight } from './http/respond.js';
import { admit } from './limits/admit.js';
import { defaultMockKeys, type MockOptions } from './options.js';
import { routes } from './routes.js';
import { createState, type MockState, type RequestRecord } from './state.js';
import { createRandom, hashSeed } from './util/random.js';

/** A running mock MiniMax. */
export interface MockMiniMax {
  /** A `fetch` that answers like MiniMax: pass it to any client. Dropped connections reject like real fetch. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Answers one request; throws `MockConnectionReset` where the connection should drop (for servers). */
  handle: (request: Request) => Promise<Response>;
  /** Everything the mock remembers: keys, balances, plan use, limits, files, tasks, voices, a request log. */
  readonly state: MockState;
  /** Forgets everything: back to the options' starting state. */
  reset(): void;
  /** Adds a fault rule; returns its removal. */
  inject(rule: FaultRule): () => void;
}

/** Bodies beyond this are refused before they are read (a 50 MB image as base64, with room). */
const defaultMaxBodyBytes = 100 * 1024 * 1024;

/**
 * Creates an offline MiniMax: `fetch` answers every MiniMax endpoint in its real wire format,
 * enforces the region's and tier's documented limits and the keys' balances and Token Plans, and
 * injects faults on demand. It runs unchanged in browsers, edge runtimes and Node.
 */
export function createMockMiniMax(options: MockOptions = {}): MockMiniMax {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? 1;
  const keys = options.keys ?? defaultMockKeys;
  let state = createState(options, keys, now());
  let sequence = createRandom(hashSeed(seed, 'sequence'));
  let idCounter = 0n;
  const faults = createFaultBook(options.faults);
  const links = createFileLinks(now);

  const runtime: Runtime = {
    options,
    get state() {
      return state;
    },
    now,
    sleep: options.sleep ?? sleep,
    nextId() {
      idCounter += BigInt(sequence.int(1, 9999));
      return (
        (options.bigIds ? 9_007_199_254_740_993n * 10n : 100_000_000_000_000n) +
        BigInt(seed % 1000) * 10_000_000n +
        idCounter
      );
    },
    downloadUrl: (origin, fileId) => links.url(origin, fileId),
  };

  const record = (entry: Omit<RequestRecord, 'at'>) => {
    state.log.push({ at: now(), ...entry });
    if (state.log.length > 10_000) state.log.splice(0, state.log.length - 10_000);
    const code = String(entry.code);
    state.counts[code] = (state.counts[code] ?? 0) + 1;
  };

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const traceId = sequence.hex(32);
    if (method === 'OPTIONS') return preflight(traceId);
    if (method === 'GET' && path.startsWith('/_mock/files/')) return links.serve(url, state, traceId);
    const route = routes.get(`${method} ${path}`);
    if (!route) {
      record({ method, path, status: 404, code: 404 });
      return notFound(traceId);
    }
    const { latency, fault } = faults.take(method, path, sequence);
    if (latency > 0) await runtime.sleep(latency, request.signal);
    if (fault?.type === 'reset') {
      record({ method, path, status: 0, code: 'reset' });
      throw new MockConnectionReset();
    }
    if (fault?.type === 'http') {
      record({ method, path, status: fault.status, code: fault.status });
      return new Response(fault.body ?? `${fault.status} upstream error`, {
        status: fault.status,
        headers: { 'trace-id': traceId },
      });
    }
    if (fault?.type === 'malformed') {
      record({ method, path, status: 200, code: 'malformed' });
      return new Response('{"base_resp":{"status_code":0,"status_msg":"succ', {
        headers: { 'content-type': 'application/json', 'trace-id': traceId },
      });
    }
    let keyName: string | undefined;
    let scope: string | undefined;
    try {
      if (fault?.type === 'error') throw new MockApiError(fault.code, fault.message);
      const key = authenticate(request, route.surface, state);
      keyName = key.key;
      const { body, text, form } = await readBody(request, options.maxBodyBytes ?? defaultMaxBodyBytes);
      let description: Ctx['description'];
      try {
        description = describeRequest(method, url, body);
      } catch (error) {
        if (error instanceof MiniMaxKitError) invalidParams(error.message);
        throw error;
      }
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
      const usage = reply.usage ?? description.usage;
      const release = admit(
        state,
        key,
        {
          description,
          tokens: reply.tokens ?? description.tokens,
          usage: usage === undefined ? [] : ([] as Usage[]).concat(usage),
          planRequests: description.planRequests,
          daily: description.daily,
        },
        now(),
      );
      let response: Response;
      try {
        response = await reply.respond(release);
      } catch (error) {
        release();
        throw error;
      }
      record({ method, path, status: response.status, code: 0, key: keyName, ...(scope ? { scope } : {}) });
      return response;
    } catch (error) {
      if (!(error instanceof MockApiError)) throw error;
      const response = errorResponse(route.surface, error, traceId, sequence.hex(32));
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
  }

  return {
    handle,
    async fetch(input, init) {
      try {
        return await handle(new Request(input, init));
      } catch (error) {
        if (error instanceof MockConnectionReset) throw new TypeError('fetch failed', { cause: error });
        throw error;
      }
    },
    get state() {
      return state;
    },
    reset() {
      state = createState(options, keys, now());
      sequence = createRandom(hashSeed(seed, 'sequence'));
      idCounter = 0n;
      faults.clear();
      for (const rule of options.faults ?? []) faults.add(rule);
    },
    inject: (rule) => faults.add(rule),
  };
}
