import { createMockMiniMax, type MockOptions } from '@minimax-kit/mock';
import { createMiniMaxClient } from '../client.js';
import type { ClientOptions, FetchLike } from '../options.js';

/** A mock MiniMax on a fake clock and a client wired to it through a fetch that counts attempts. */
export function setup(mockOptions: MockOptions = {}, clientOptions: ClientOptions = {}) {
  const clock = { t: Date.parse('2026-11-23T10:00:00+08:00') };
  const mock = createMockMiniMax({ region: 'cn', now: () => clock.t, sleep: async () => {}, ...mockOptions });
  const attempts: string[] = [];
  const counting: FetchLike = (input, init) => {
    const request = new Request(input, init);
    attempts.push(`${request.method} ${new URL(request.url).pathname}`);
    return mock.fetch(request);
  };
  const client = createMiniMaxClient({
    apiKey: 'sk-api-mock',
    region: 'cn',
    fetch: counting,
    // Time passes on the mock's clock while the client waits between polls.
    sleep: async (ms) => {
      clock.t += ms;
    },
    ...clientOptions,
  });
  return { mock, client, clock, attempts };
}

/** A fetch that answers from a function, for envelopes the mock does not produce. */
export function answering(
  respond: (request: Request, attempt: number) => Response | Promise<Response>,
): FetchLike & { calls: number } {
  const fetch = Object.assign(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      fetch.calls += 1;
      return respond(new Request(input, init), fetch.calls);
    },
    { calls: 0 },
  );
  return fetch;
}

export const hi = { model: 'MiniMax-M2', messages: [{ role: 'user' as const, content: 'hi' }] };
