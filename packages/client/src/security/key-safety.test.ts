import { describe, expect, it } from 'vitest';
import { everythingIn } from '../__fixtures__/everything-in.js';
import { answering, hi } from '../__fixtures__/setup.js';
import { json, sse } from '../__fixtures__/streams.js';
import { createMiniMaxClient } from '../client.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { MiniMaxError } from '../errors/minimax-error.js';
import { ServerError } from '../errors/server-error.js';

const key = 'sk-api-Zq8vL1mN5pR2tX9wY4cB7dF0gH3jK6';
const speech = { model: 'speech-02-hd', text: 'hi', voice_setting: { voice_id: 'female-shaonv' } };

// A client that retries once, logging everything into `lines`, against `answer`.
const logged = (answer: () => Response) => {
  const lines: string[] = [];
  const record = (message: string, details?: Record<string, unknown>) =>
    lines.push(`${message} ${JSON.stringify(details ?? {})}`);
  const logger = { debug: record, info: record, warn: record, error: record };
  const client = createMiniMaxClient({
    apiKey: key,
    maxRetries: 1,
    logLevel: 'debug',
    logger,
    fetch: answering(answer),
  });
  return { lines, client };
};

describe('a malformed or empty key', () => {
  it.each([
    ['a line break', `${key}\nX-Injected: 1`],
    ['a NUL', `${key}\u0000`],
    ['a space', `${key} x`],
    ['a non-Latin-1 character', `${key}密`],
  ])('with %s fails with ConfigurationError at creation, without the key', (_name, bad) => {
    const error = (() => {
      try {
        createMiniMaxClient({ apiKey: bad, fetch: answering(() => Response.json({})) });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/apiKey/);
    expect(everythingIn(error)).not.toContain(key.slice(8));
  });

  it('from a key function fails before sending, without the key', async () => {
    const fetch = answering(() => Response.json({ id: 'a', model: 'm', choices: [] }));
    for (const bad of [`${key}\r\nX-Injected: 1`, `${key}\u0000`, '', undefined]) {
      const client = createMiniMaxClient({ apiKey: () => bad as string, fetch });
      const error = await client.chat.create(hi).catch((caught) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(everythingIn(error)).not.toContain(key.slice(8));
    }
    expect(fetch.calls).toBe(0);
  });

  it('empty is refused; with a baseURL and no key at all, requests go without Authorization', async () => {
    expect(() => createMiniMaxClient({ apiKey: '' })).toThrow(ConfigurationError);
    expect(() => createMiniMaxClient({ apiKey: '', baseURL: 'https://proxy.example/minimax' })).toThrow(
      /apiKey is empty/,
    );
    const sent: (string | null)[] = [];
    const fetch = answering((request) => {
      sent.push(request.headers.get('authorization'));
      return Response.json({ id: 'a', model: 'm', choices: [] });
    });
    const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
    const saved = env.MINIMAX_API_KEY;
    delete env.MINIMAX_API_KEY;
    try {
      await createMiniMaxClient({ baseURL: 'https://proxy.example/minimax', fetch }).chat.create(hi);
    } finally {
      if (saved !== undefined) env.MINIMAX_API_KEY = saved;
    }
    await createMiniMaxClient({ apiKey: key, fetch }).chat.create(hi);
    expect(sent).toEqual([null, `Bearer ${key}`]);
  });
});

describe('a server that echoes the key', () => {
  const echoes: [string, () => Response, typeof MiniMaxError][] = [
    [
      'in a 401 body',
      () =>
        Response.json(
          { error: { message: `Incorrect API key provided: ${key}`, type: 'invalid_request_error' } },
          { status: 401 },
        ),
      AuthenticationError,
    ],
    [
      'in a 1004 base_resp',
      () => Response.json({ base_resp: { status_code: 1004, status_msg: `login fail: Bearer ${key}` } }),
      AuthenticationError,
    ],
    [
      'in a text/plain 500',
      () => new Response(`upstream said: authorization=Bearer ${key}`, { status: 500 }),
      ServerError,
    ],
    ['in a truncated form', () => new Response(`bad key ${key.slice(0, 20)}…`, { status: 500 }), ServerError],
  ];

  it.each(echoes)('%s: not in the error nor the retry log', async (_name, answer, type) => {
    const { lines, client } = logged(answer);
    const error = await client.speech.create(speech).catch((caught) => caught);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toContain('[redacted]');
    expect(everythingIn(error)).not.toContain(key.slice(8, 20));
    expect(lines.join('\n')).not.toContain(key.slice(8, 20));
  });

  it('in an SSE error event: not in the error', async () => {
    const body = `data: {"base_resp":{"status_code":1004,"status_msg":"bad key ${key}"}}\n\n`;
    const client = createMiniMaxClient({
      apiKey: key,
      fetch: answering(() => new Response(body, { headers: sse })),
    });
    const error = await client.chat
      .stream(hi)
      .final()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe(1004);
    expect(everythingIn(error)).not.toContain(key.slice(8));
  });

  it('of a key function: not in the error either', async () => {
    const client = createMiniMaxClient({
      apiKey: async () => key,
      fetch: answering(() => Response.json({ error: { message: `no such key ${key}` } }, { status: 403 })),
    });
    const error = await client.chat.create(hi).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(everythingIn(error)).not.toContain(key.slice(8));
  });

  it('as a Bearer: masked exactly once in the error and the log', async () => {
    const { lines, client } = logged(() =>
      Response.json({ error: { message: `bad Bearer ${key}.` } }, { status: 500 }),
    );
    const error = await client.chat.create(hi).catch((caught) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/bad Bearer \[redacted\]\.$/);
    const retried = lines.filter((line) => line.includes('retrying'));
    expect(retried).toHaveLength(1);
    expect(retried[0]).toContain('bad Bearer [redacted].');
  });

  it('keeps the rest of the message', async () => {
    const client = createMiniMaxClient({
      apiKey: key,
      fetch: answering(
        () =>
          new Response(JSON.stringify({ error: { message: 'quota gone' } }), { status: 400, headers: json }),
      ),
    });
    expect((await client.chat.create(hi).catch((caught) => caught)).message).toMatch(/quota gone/);
  });
});
