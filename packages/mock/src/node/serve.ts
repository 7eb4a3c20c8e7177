import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createMockMiniMax, type MockMiniMax } from '../create-mock.js';
import { MockConnectionReset } from '../http/mock-api-error.js';
import type { MockOptions } from '../options.js';

/** Options of `startMockServer`: the mock's own, plus where to listen. */
export interface MockServerOptions extends MockOptions {
  /** 0 (any free port) when absent. */
  port?: number;
  /** `127.0.0.1` when absent. */
  host?: string;
}

/** A mock MiniMax listening on loopback. */
export interface MockServer {
  /** The base URL, e.g. `http://127.0.0.1:8765`. */
  url: string;
  mock: MockMiniMax;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

async function answer(
  mock: MockMiniMax,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const aborter = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) aborter.abort(new DOMException('The client went away.', 'AbortError'));
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // The body streams into the request: the mock checks the key and the size before reading it.
  const request = new Request(new URL(req.url ?? '/', origin), {
    method: req.method ?? 'GET',
    headers,
    signal: aborter.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  let response: Response;
  try {
    response = await mock.handle(request);
  } catch (error) {
    if (error instanceof MockConnectionReset || aborter.signal.aborted) {
      req.socket.destroy();
      return;
    }
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    return;
  }
  const streaming = response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
  if (!streaming) {
    // Whole bodies in one write; a cut fault surfaces here as a read error.
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch {
      req.socket.destroy();
      return;
    }
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(bytes));
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  } catch {
    // A cut or stalled body, or a client that left: send what was written, then drop the
    // connection mid-body, as a network would.
    res.socket?.destroySoon();
  }
}

/** Serves a mock MiniMax over HTTP on loopback, for clients that cannot take a custom `fetch`. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  const mock = createMockMiniMax(mockOptions);
  let origin = '';
  const server = createServer((req, res) => {
    answer(mock, origin, req, res).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url: origin,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
