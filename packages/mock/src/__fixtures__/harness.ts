import { createMockMiniMax, type MockMiniMax } from '../create-mock.js';
import type { MockOptions } from '../options.js';

/** A fake clock the tests move by hand. */
export function fakeClock(start = Date.parse('2026-11-23T10:00:00+08:00')) {
  const clock = {
    t: start,
    now: () => clock.t,
    advance: (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

/** A decoded answer. */
export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
  json: any;
  code: number;
}

/** A mock on a fake clock (instant sleeps) and a helper that calls it like a client would. */
export function harness(options: MockOptions = {}) {
  const clock = fakeClock();
  const mock: MockMiniMax = createMockMiniMax({ now: clock.now, sleep: async () => {}, ...options });
  const base = options.region === 'cn' ? 'https://api.minimaxi.com' : 'https://api.minimax.io';
  async function call(method: string, path: string, body?: unknown, key = 'sk-api-mock'): Promise<Answer> {
    const response = await mock.fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    const code =
      (json as { base_resp?: { status_code?: number } })?.base_resp?.status_code ??
      Number(/\((\d+)\)$/.exec((json as { error?: { message?: string } })?.error?.message ?? '')?.[1] ?? -1);
    return { status: response.status, headers: response.headers, json, code };
  }
  return { mock, clock, call, base };
}

/** A short chat body. */
export const chat = (model = 'MiniMax-M2', extra: Record<string, unknown> = {}) => ({
  model,
  messages: [{ role: 'user', content: 'Hello there' }],
  max_tokens: 50,
  ...extra,
});

/** Bytes of a hex string. */
export const fromHex = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
