import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answering, hi } from '../__fixtures__/setup.js';
import { sse } from '../__fixtures__/streams.js';
import { createChatClient } from '../chat/chat-client.js';
import { createMiniMaxClient } from '../client.js';
import type { ClientOptions } from '../options.js';
import { createSpeechClient } from '../speech/speech-client.js';
import { createVideoClient } from '../video/video-client.js';

const key = 'sk-PROBE-SECRET-4f7a9c2e';
const secret = 'PROBE-SECRET';
const events = [
  '{"id":"a","model":"MiniMax-M2","choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":"stop"}]}',
  '{"id":"a","model":"MiniMax-M2","choices":[],"usage":{"total_tokens":1}}',
];
const fetch = answering(async (request) =>
  (await request.text()).includes('"stream":true')
    ? new Response(events.map((event) => `data: ${event}\n\n`).join(''), { headers: sse })
    : Response.json({ id: 'a', model: 'MiniMax-M2', choices: [] }),
);

/** Every string reachable through own properties (enumerable or not, symbols too), and their names. */
function reachable(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') found.push(value);
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
    if (seen.has(value) || depth > 8) return;
    seen.add(value);
    for (const name of Reflect.ownKeys(value)) {
      found.push(String(name));
      const descriptor = Reflect.getOwnPropertyDescriptor(value, name);
      visit(descriptor && 'value' in descriptor ? descriptor.value : descriptor?.get?.call(value), depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

/** The key is in none of JSON, util.inspect (hidden properties, getters, no custom inspect) and enumeration. */
function expectNoKey(name: string, value: unknown) {
  const shown = [
    JSON.stringify(value) ?? '',
    String(value),
    inspect(value),
    inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true, showProxy: true }),
    inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY, customInspect: false }),
    ...reachable(value),
  ];
  for (const text of shown) expect(text, name).not.toContain(secret);
}

/** The objects a client hands out: itself, its parts, their transport and its options, results, streams. */
async function handedOut(client: Record<string, unknown>): Promise<[string, unknown][]> {
  const objects: [string, unknown][] = Object.entries(client);
  const transport = client.transport as { options?: unknown } | undefined;
  if (transport) objects.push(['transport.options', transport.options]);
  const chat = client.chat as ReturnType<typeof createChatClient>['chat'] | undefined;
  if (chat) {
    const stream = chat.stream(hi);
    objects.push(['a stream before it is read', stream]);
    objects.push(['a stream result', await stream.final()], ['a finished stream', stream]);
    objects.push(['a result', await chat.create(hi)]);
  }
  return [['the client', client], ...objects];
}

describe('the objects a client hands out', () => {
  const options: [string, ClientOptions][] = [
    ['a key', { apiKey: key }],
    ['a key function', { apiKey: () => key }],
    [
      'a key in headers',
      { baseURL: 'https://proxy.example', headers: { authorization: `Bearer ${key}`, 'x-key': key } },
    ],
  ];

  it.each(options)('show no key, given %s', async (_name, given) => {
    const factories = { createMiniMaxClient, createChatClient, createSpeechClient, createVideoClient };
    for (const [factory, create] of Object.entries(factories)) {
      const client = create({ ...given, fetch }) as unknown as Record<string, unknown>;
      for (const [name, value] of await handedOut(client)) expectNoKey(`${factory}: ${name}`, value);
    }
  });

  it('show no key from MINIMAX_API_KEY', async () => {
    const env = (globalThis as { process: { env: Record<string, string | undefined> } }).process.env;
    const saved = env.MINIMAX_API_KEY;
    env.MINIMAX_API_KEY = key;
    try {
      const client = createMiniMaxClient({ fetch }) as unknown as Record<string, unknown>;
      for (const [name, value] of await handedOut(client)) expectNoKey(name, value);
    } finally {
      if (saved === undefined) delete env.MINIMAX_API_KEY;
      else env.MINIMAX_API_KEY = saved;
    }
  });

  it('still send the key, and keep the other settings readable', async () => {
    const sent: (string | null)[] = [];
    const client = createMiniMaxClient({
      apiKey: key,
      headers: { 'x-team': 'blue' },
      fetch: answering((request) => {
        sent.push(request.headers.get('authorization'));
        return Response.json({ id: 'a', model: 'MiniMax-M2', choices: [] });
      }),
    });
    await client.chat.create(hi);
    expect(sent).toEqual([`Bearer ${key}`]);
    expect(client.transport.options).toMatchObject({
      baseURL: 'https://api.minimax.io',
      headers: { 'x-team': 'blue' },
    });
    expect('apiKey' in client.transport.options).toBe(false);
    expect(Object.isFrozen(client.transport.options)).toBe(true);
  });
});
