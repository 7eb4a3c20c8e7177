import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everythingIn } from './__fixtures__/everything-in.js';
import { answering, hi } from './__fixtures__/setup.js';
import { createMiniMaxClient } from './client.js';
import { MiniMaxError } from './errors/minimax-error.js';
import type { ClientOptions } from './options.js';

const key = 'sk-api-Prop3rtyT3stK3y0123456789abcdef';
const secret = key.slice(10, 30);
const encoder = new TextEncoder();

const speech = { model: 'speech-02-hd', text: 'hi', voice_setting: { voice_id: 'female-shaonv' } };
const okChat = () => Response.json({ id: 'a', model: 'm', choices: [] });

/** Text a hostile or broken server might send, the key echoed in some of it. */
const serverText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    `{"base_resp":{"status_code":1004,"status_msg":"bad key ${key}"}}`,
    `{"base_resp":{"status_code":"x${key}","status_msg":"?"}}`,
    `{"error":{"message":"Incorrect API key ${key}","code":"invalid_api_key"},"request_id":"${key}"}`,
    `{"type":"error","error":{"type":"x","message":"Bearer ${key} (1004)"}}`,
    `{"task_id":9007199254740993.0,"base_resp":{"status_code":0}}`,
    `{"data":{"audio":"zz${key}","status":2},"base_resp":{"status_code":0}}`,
    `{"id":"a","model":"m","choices":[]}`,
    `data: {"base_resp":{"status_code":1004,"status_msg":"${key}"}}\n\n`,
    `data: {"choices":[{"delta":{"content":"a"},"finish_reason":"stop"}]}\n\ndata: {"choices":[],"usage":{"total_tokens":1}}\n\n`,
    `: ping\n\ndata: ${key}\n\n`,
    '<html>502</html>',
    '',
  ),
);

const answer = fc.record({
  status: fc.integer({ min: 200, max: 599 }),
  type: fc.constantFrom(
    'application/json',
    'text/plain',
    'text/html',
    'text/event-stream',
    'application/octet-stream',
    '',
    `text/${key}`,
  ),
  traceId: fc.constantFrom(undefined, 'abc', key),
  body: fc.oneof(
    serverText.map((text) => encoder.encode(text)),
    fc.uint8Array({ maxLength: 64 }),
  ),
});

const calls = [
  (client: ReturnType<typeof createMiniMaxClient>) => client.chat.create(hi),
  (client: ReturnType<typeof createMiniMaxClient>) => client.chat.stream(hi).final(),
  (client: ReturnType<typeof createMiniMaxClient>) =>
    client.messages.stream({ ...hi, max_tokens: 5 }).final(),
  (client: ReturnType<typeof createMiniMaxClient>) => client.speech.create(speech),
  (client: ReturnType<typeof createMiniMaxClient>) => client.speech.stream(speech).final(),
  (client: ReturnType<typeof createMiniMaxClient>) =>
    client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' }),
  (client: ReturnType<typeof createMiniMaxClient>) => client.files.content('1'),
];

describe('the public boundary, for any input', () => {
  it('any server answer gives a result or a typed MiniMaxError, never the key', async () => {
    await fc.assert(
      fc.asyncProperty(answer, fc.nat(calls.length - 1), async ({ status, type, traceId, body }, which) => {
        const lines: string[] = [];
        const record = (message: string, details?: Record<string, unknown>) =>
          lines.push(`${message} ${JSON.stringify(details ?? {})}`);
        const headers = new Headers(type ? { 'content-type': type } : {});
        if (traceId) headers.set('trace-id', traceId);
        const client = createMiniMaxClient({
          apiKey: key,
          maxRetries: 0,
          logLevel: 'debug',
          logger: { debug: record, info: record, warn: record, error: record },
          fetch: answering(() => {
            const response = new Response(body as Uint8Array<ArrayBuffer>, { status, headers });
            if (type === '') response.headers.delete('content-type');
            return response;
          }),
        });
        const outcome = await (calls[which] as (typeof calls)[number])(client).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (outcome !== undefined) {
          expect(outcome).toBeInstanceOf(MiniMaxError);
          expect(everythingIn(outcome)).not.toContain(secret);
        }
        expect(lines.join('\n')).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });

  it('any options give a client or a ConfigurationError, and its calls a result or a MiniMaxError', async () => {
    const keyish = fc.oneof(
      fc.constant(key),
      fc.constant(''),
      fc.string({ maxLength: 12 }).map((tail) => `${key}${tail}`),
      fc.constantFrom(`${key}\nX-Injected: 1`, `${key}\u0000`),
    );
    const duration = fc.oneof(
      fc.integer({ min: -5, max: 5_000 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 3e9, 2 ** 31 - 1, -0),
      fc.double(),
    );
    const options = fc.record(
      {
        apiKey: fc.oneof(
          keyish,
          keyish.map((value) => () => value),
          fc.constant(() => undefined as unknown as string),
        ),
        region: fc.constantFrom('global', 'cn', 'eu', undefined),
        baseURL: fc.oneof(
          fc.webUrl(),
          fc.string({ maxLength: 20 }),
          fc.constant(`https://${key}@proxy.example`),
        ),
        maxRetries: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(Number.NaN)),
        timeout: duration,
        totalTimeout: duration,
        streamIdleTimeout: duration,
        maxResponseBytes: fc.oneof(fc.integer({ min: -1, max: 10_000 }), fc.constant(1.5)),
        maxEventBytes: fc.oneof(fc.integer({ min: -1, max: 10_000 }), fc.constant(Number.NaN)),
        headers: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(options, async (chosen) => {
        let client: ReturnType<typeof createMiniMaxClient>;
        try {
          client = createMiniMaxClient({ ...(chosen as ClientOptions), fetch: answering(okChat) });
        } catch (error) {
          expect(error).toBeInstanceOf(MiniMaxError);
          expect((error as Error).name).toBe('ConfigurationError');
          expect(everythingIn(error)).not.toContain(secret);
          return;
        }
        const outcome = await client.chat.create(hi).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (outcome !== undefined) {
          expect(outcome).toBeInstanceOf(MiniMaxError);
          expect(everythingIn(outcome)).not.toContain(secret);
        }
      }),
      { numRuns: 300 },
    );
  });
});
