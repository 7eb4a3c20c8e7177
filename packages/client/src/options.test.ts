import { afterEach, describe, expect, it } from 'vitest';
import { answering, hi, setup } from './__fixtures__/setup.js';
import { createMiniMaxClient } from './client.js';
import { ConfigurationError } from './errors/configuration-error.js';

const key = 'sk-api-super-secret-123';

describe('options and security', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('picks the region’s host, or a baseURL', async () => {
    const seen: string[] = [];
    const fetch = answering((request) => {
      seen.push(request.url);
      return Response.json({ id: 'a', model: 'm', choices: [] });
    });
    await createMiniMaxClient({ apiKey: key, fetch }).chat.create(hi);
    await createMiniMaxClient({ apiKey: key, region: 'cn', fetch }).chat.create(hi);
    await createMiniMaxClient({ baseURL: 'https://proxy.example/api/minimax/', fetch })
      .messages.create({ ...hi, max_tokens: 5 })
      .catch(() => {});
    expect(seen).toEqual([
      'https://api.minimax.io/v1/chat/completions',
      'https://api.minimaxi.com/v1/chat/completions',
      'https://proxy.example/api/minimax/anthropic/v1/messages',
    ]);
  });

  it('takes the key from an async function per request, as a Bearer header', async () => {
    let calls = 0;
    const { mock } = setup();
    const client = createMiniMaxClient({
      region: 'cn',
      fetch: mock.fetch,
      apiKey: async () => `sk-api-mock${calls++ < 0 ? 'x' : ''}`,
    });
    await client.chat.create(hi);
    await client.chat.create(hi);
    expect(calls).toBe(2);
  });

  it('never writes the key to logs or errors', async () => {
    const lines: string[] = [];
    const record = (message: string, details?: Record<string, unknown>) =>
      lines.push(`${message} ${JSON.stringify(details ?? {})}`);
    const client = createMiniMaxClient({
      apiKey: key,
      maxRetries: 1,
      logLevel: 'debug',
      logger: { debug: record, info: record, warn: record, error: record },
      fetch: answering(() =>
        Response.json(
          { type: 'error', error: { type: 'authorized_error', message: 'login fail (1004)' } },
          { status: 401 },
        ),
      ),
    });
    const error = await client.chat.create(hi).catch((caught) => caught);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('\n')).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain(key);
    const everything = [error.message, error.stack, JSON.stringify(error), String(error.cause ?? '')].join(
      '\n',
    );
    expect(everything).not.toContain(key);
  });

  it('refuses a key in a browser unless explicitly allowed, and allows a proxy without a key', () => {
    (globalThis as { window?: unknown }).window = { document: {} };
    expect(() => createMiniMaxClient({ apiKey: key })).toThrow(ConfigurationError);
    expect(() => createMiniMaxClient({ apiKey: key })).toThrow(/server-side proxy/);
    expect(() => createMiniMaxClient({ apiKey: key, dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => createMiniMaxClient({ baseURL: '/api/minimax' })).not.toThrow();
  });

  it('reads MINIMAX_API_KEY when apiKey is absent or undefined', async () => {
    const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
    const saved = env.MINIMAX_API_KEY;
    env.MINIMAX_API_KEY = key;
    const sent: (string | null)[] = [];
    const fetch = answering((request) => {
      sent.push(request.headers.get('authorization'));
      return Response.json({ id: 'a', model: 'm', choices: [] });
    });
    await createMiniMaxClient({ apiKey: undefined, fetch }).chat.create(hi);
    await createMiniMaxClient({ fetch }).chat.create(hi);
    if (saved === undefined) delete env.MINIMAX_API_KEY;
    else env.MINIMAX_API_KEY = saved;
    expect(sent).toEqual([`Bearer ${key}`, `Bearer ${key}`]);
  });

  it('refuses a setup that cannot work', () => {
    const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
    const saved = env.MINIMAX_API_KEY;
    delete env.MINIMAX_API_KEY;
    expect(() => createMiniMaxClient()).toThrow(/Pass apiKey/);
    expect(() => createMiniMaxClient({ apiKey: env.MINIMAX_API_KEY })).toThrow(/Pass apiKey/);
    env.MINIMAX_API_KEY = saved;
    expect(() => createMiniMaxClient({ apiKey: key, region: 'eu' as 'cn' })).toThrow(/region must be/);
    expect(() => createMiniMaxClient({ apiKey: key, timeout: -1 })).toThrow(/timeout must be/);
  });
});
