import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDecimal, parseDecimal } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { chat, harness } from './__fixtures__/harness.js';
import { createMockMiniMax } from './create-mock.js';

describe('createMockMiniMax', () => {
  it('paces a long stream without piling abort listeners onto the request', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const mock = createMockMiniMax({ streamIntervalMs: 1 });
    const response = await mock.fetch('https://api.minimax.io/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body: JSON.stringify({ ...chat(), stream: true, max_tokens: 4000 }),
    });
    const events = (await response.text()).split('\n\n').length;
    await new Promise((resolve) => setTimeout(resolve, 20)); // Node reports the leak on a later tick
    process.off('warning', onWarning);
    expect(events).toBeGreaterThan(20); // more sleeps than Node's 10-listener warning allows
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('rejects like fetch when the signal is aborted before the call, and sends nothing', async () => {
    const mock = createMockMiniMax();
    const url = 'https://api.minimax.io/v1/chat/completions';
    const init = {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body: JSON.stringify(chat()),
    };
    const aborted = new AbortController();
    aborted.abort();
    const error = await mock.fetch(url, { ...init, signal: aborted.signal }).catch((caught) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
    await expect(mock.fetch(new Request(url, { ...init, signal: aborted.signal }))).rejects.toMatchObject({
      name: 'AbortError',
    });
    const reason = new Error('gave up');
    await expect(mock.fetch(url, { ...init, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(mock.state.log).toEqual([]);
    expect((await mock.fetch(url, init)).status).toBe(200);
  });

  it('handle, as servers use it, serves no request whose client is already gone, and keeps no trace', async () => {
    const mock = createMockMiniMax({ keys: [{ key: 'sk-api-mock', balance: '1' }] });
    const request = (signal?: AbortSignal) =>
      new Request('https://api.minimax.io/v1/chat/completions', {
        method: 'POST',
        headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
        body: JSON.stringify(chat()),
        ...(signal ? { signal } : {}),
      });
    const balance = () => formatDecimal(mock.state.keys.get('sk-api-mock')?.balance ?? parseDecimal('0'));
    const reason = new Error('the client went away');
    await expect(mock.handle(request(AbortSignal.abort(reason)))).rejects.toBe(reason);
    expect(mock.state.log).toEqual([]);
    expect(mock.state.counts).toEqual({});
    expect(balance()).toBe('1');
    expect((await mock.handle(request())).status).toBe(200);
    expect(mock.state.log).toHaveLength(1);
    expect(balance()).not.toBe('1');
  });

  it('answers /v1/models with 404 page not found, like MiniMax', async () => {
    const { call } = harness();
    const answer = await call('GET', '/v1/models');
    expect(answer.status).toBe(404);
    expect(answer.json).toBe('404 page not found');
  });

  it('puts a Trace-Id on every response and answers CORS preflights', async () => {
    const { mock, call, base } = harness();
    const first = await call('POST', '/v1/chat/completions', chat());
    const second = await call('POST', '/v1/t2a_v2', {}, 'sk-nope');
    expect(first.headers.get('trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(second.headers.get('trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(first.headers.get('trace-id')).not.toBe(second.headers.get('trace-id'));
    const preflight = await mock.fetch(`${base}/v1/chat/completions`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('rejects missing, unknown and wrong-region keys with 1004 in each envelope', async () => {
    const { call, mock, base } = harness({
      keys: [{ key: 'sk-api-here' }, { key: 'sk-api-there', region: 'cn' }],
    });
    const native = await call('POST', '/v1/t2a_v2', { model: 'speech-02-hd', text: 'hi' }, 'sk-api-unknown');
    expect(native.status).toBe(200);
    expect(native.json.base_resp).toEqual({
      status_code: 1004,
      status_msg:
        "login fail: Please carry the API secret key in the 'Authorization' field of the request header",
    });
    const openai = await call('POST', '/v1/chat/completions', chat(), 'sk-api-there');
    expect(openai.status).toBe(401);
    expect(openai.json).toMatchObject({
      type: 'error',
      error: { type: 'authorized_error', http_code: '401' },
    });
    expect(openai.json.error.message).toMatch(/cn platform.*\(1004\)$/);
    expect(openai.json.request_id).toMatch(/^[0-9a-f]{32}$/);
    const anthropic = await mock.fetch(`${base}/anthropic/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'sk-api-here', 'content-type': 'application/json' },
      body: JSON.stringify(chat()),
    });
    expect(anthropic.status).toBe(200);
    const bearerOnly = await mock.fetch(`${base}/v1/t2a_v2`, {
      method: 'POST',
      headers: { 'x-api-key': 'sk-api-here' },
      body: '{}',
    });
    expect((await bearerOnly.json()).base_resp.status_code).toBe(1004);
  });

  it('answers 2013 for a body that is not JSON or misses what MiniMax requires', async () => {
    const { call } = harness();
    expect((await call('POST', '/v1/t2a_v2', '{nope')).code).toBe(2013);
    const missing = await call('POST', '/v1/chat/completions', { messages: [] });
    expect(missing.status).toBe(400);
    expect(missing.json.error.type).toBe('bad_request_error');
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M9'))).json.error.message).toMatch(
      /unknown model/,
    );
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M2', { temperature: 0 }))).code).toBe(
      2013,
    );
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M1'))).code).toBe(2013);
  });

  it('is deterministic for a seed, and differs across seeds', async () => {
    const body = {
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'Tell me a story' }],
      max_tokens: 200,
    };
    const run = async (seed: number) =>
      (await harness({ seed }).call('POST', '/v1/chat/completions', body)).json;
    const [a, b, c] = await Promise.all([run(7), run(7), run(8)]);
    expect(a).toEqual(b);
    expect(a.choices[0].message.content).not.toEqual(c.choices[0].message.content);
  });

  it('keeps the fetch handler free of Node-only modules', () => {
    const root = new URL('.', import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === 'node' || entry.name === '__fixtures__'
            ? []
            : files(join(dir, entry.name))
          : [join(dir, entry.name)],
      );
    const sources = files(root).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('cli.ts'),
    );
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from 'node:|require\(/);
  });

  it('forgets everything on reset()', async () => {
    const { mock, call } = harness();
    await call('POST', '/v1/chat/completions', chat());
    expect(mock.state.log).toHaveLength(1);
    mock.reset();
    expect(mock.state.log).toHaveLength(0);
    expect(mock.state.counts).toEqual({});
  });
});
