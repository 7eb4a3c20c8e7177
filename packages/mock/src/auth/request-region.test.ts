import { addDecimalStrings, estimateCost } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { chat } from '../__fixtures__/harness.js';
import { createMockMiniMax } from '../create-mock.js';
import type { MockOptions } from '../options.js';

const cnHost = 'https://api.minimaxi.com';
const globalHost = 'https://api.minimax.io';
const otherHost = 'http://127.0.0.1:8765';

function at(options: MockOptions) {
  const mock = createMockMiniMax({ sleep: async () => {}, ...options });
  const call = async (base: string, path: string, key: string, body: unknown) => {
    const response = await mock.fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
    return { status: response.status, json: (await response.json()) as any };
  };
  return { mock, call };
}

describe('the region of a request', () => {
  it('is the host’s on MiniMax’s hosts, whatever region the mock plays', async () => {
    const { call } = at({ region: 'global', keys: [{ key: 'sk-api-c', region: 'cn' }] });
    expect((await call(cnHost, '/v1/chat/completions', 'sk-api-c', chat())).status).toBe(200);
    const there = await call(globalHost, '/v1/chat/completions', 'sk-api-c', chat());
    expect(there.status).toBe(401);
    expect(there.json.error.message).toMatch(/belongs to the cn platform.*\(1004\)$/);
  });

  it('refuses the mock’s own keys on the other region’s host, both ways', async () => {
    const cn = at({ region: 'cn' });
    expect((await cn.call(cnHost, '/v1/chat/completions', 'sk-api-mock', chat())).status).toBe(200);
    expect((await cn.call(globalHost, '/v1/chat/completions', 'sk-api-mock', chat())).status).toBe(401);
    const global = at({ region: 'global' });
    expect((await global.call(globalHost, '/v1/chat/completions', 'sk-api-mock', chat())).status).toBe(200);
    expect((await global.call(cnHost, '/v1/chat/completions', 'sk-api-mock', chat())).status).toBe(401);
    const legacy = await cn.call(
      'https://api.minimax.chat',
      '/v1/text/chatcompletion_v2',
      'sk-api-mock',
      chat(),
    );
    expect(legacy.json.base_resp.status_code).toBe(0);
  });

  it('is the mock’s own on any other host', async () => {
    const { call } = at({ region: 'global', keys: [{ key: 'sk-api-g' }, { key: 'sk-api-c', region: 'cn' }] });
    expect((await call(otherHost, '/v1/chat/completions', 'sk-api-g', chat())).status).toBe(200);
    expect((await call(otherHost, '/v1/chat/completions', 'sk-api-c', chat())).status).toBe(401);
  });

  it('decides the rate limits: a cn key on a global mock gets cn’s 20 speech RPM, not global’s 60', async () => {
    const { call } = at({ region: 'global', keys: [{ key: 'sk-api-c', region: 'cn' }] });
    const speech = { model: 'speech-2.6-hd', text: 'hi', voice_setting: { voice_id: 'male-qn-qingse' } };
    for (let i = 0; i < 20; i++)
      expect((await call(cnHost, '/v1/t2a_v2', 'sk-api-c', speech)).json.base_resp.status_code).toBe(0);
    expect((await call(cnHost, '/v1/t2a_v2', 'sk-api-c', speech)).json.base_resp.status_code).toBe(1002);
    const { call: callGlobal } = at({ region: 'cn', keys: [{ key: 'sk-api-g', region: 'global' }] });
    for (let i = 0; i < 21; i++)
      expect(
        (await callGlobal(globalHost, '/v1/t2a_v2', 'sk-api-g', speech)).json.base_resp.status_code,
      ).toBe(0);
  });

  it('decides the prices: a cn key on a global mock pays cn’s', async () => {
    const { call } = at({ region: 'global', keys: [{ key: 'sk-api-c', region: 'cn', balance: '10' }] });
    const reply = await call(cnHost, '/v1/chat/completions', 'sk-api-c', chat());
    const spent = estimateCost(
      {
        kind: 'text',
        model: 'MiniMax-M2',
        inputTokens: reply.json.usage.prompt_tokens,
        outputTokens: reply.json.usage.completion_tokens,
      },
      { region: 'cn' },
    ).total;
    const balance = await call(cnHost, '/account/query_balance', 'sk-api-c', undefined);
    expect(addDecimalStrings(balance.json.available_amount, spent)).toBe('10');
  });
});
