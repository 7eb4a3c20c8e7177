import { addDecimalStrings, balanceSchema, estimateCost, summarizeBalance } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';

const balanceOf = async (call: ReturnType<typeof harness>['call'], key = 'sk-api-mock') =>
  balanceSchema.parse((await call('GET', '/account/query_balance', undefined, key)).json);

describe('GET /account/query_balance', () => {
  it('starts at the key’s balance and answers every field as a decimal string', async () => {
    const { call } = harness({ keys: [{ key: 'sk-api-rich', balance: '250.5' }] });
    const body = await balanceOf(call, 'sk-api-rich');
    expect(body).toMatchObject({
      available_amount: '250.5',
      cash_balance: '250.5',
      voucher_balance: '0',
      owed_amount: '0',
      base_resp: { status_code: 0 },
    });
    expect(summarizeBalance(body, 'global')).toMatchObject({
      currency: 'USD',
      available: '250.5',
      low: false,
    });
  });

  it('falls by exactly what core prices each billed call at, in the mock’s region', async () => {
    const { call } = harness({ region: 'cn', keys: [{ key: 'sk-api-mock', balance: '10' }] });
    const reply = await call('POST', '/v1/chat/completions', chat('MiniMax-M2'));
    const image = await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'a cat', n: 3 });
    expect([reply.code, image.code]).toEqual([0, 0]);
    const text = {
      kind: 'text',
      model: 'MiniMax-M2',
      inputTokens: reply.json.usage.prompt_tokens,
      outputTokens: reply.json.usage.completion_tokens,
    } as const;
    const spent = estimateCost([text, { kind: 'image', model: 'image-01', count: 3 }], {
      region: 'cn',
    }).total;
    expect(spent).not.toBe('0');
    const left = (await balanceOf(call)).available_amount;
    expect(addDecimalStrings(left, spent)).toBe('10');
    // Free calls (the balance itself, the quota) cost nothing.
    expect((await balanceOf(call)).available_amount).toBe(left);
  });

  it('prices each call as of the mock clock: MiniMax-M3 is unpriced before its launch, priced after', async () => {
    const clock = { t: Date.parse('2026-05-01T12:00:00Z') };
    const { call } = harness({ now: () => clock.t, keys: [{ key: 'sk-api-mock', balance: '10' }] });
    expect((await call('POST', '/v1/chat/completions', chat('MiniMax-M3'))).code).toBe(0);
    expect((await balanceOf(call)).available_amount).toBe('10');
    clock.t = Date.parse('2026-11-23T12:00:00Z');
    const reply = await call('POST', '/v1/chat/completions', chat('MiniMax-M3'));
    const usage = {
      kind: 'text',
      model: 'MiniMax-M3',
      inputTokens: reply.json.usage.prompt_tokens,
      outputTokens: reply.json.usage.completion_tokens,
    } as const;
    const spent = estimateCost(usage, { region: 'global', at: clock.t }).total;
    expect(addDecimalStrings((await balanceOf(call)).available_amount, spent)).toBe('10');
  });

  it('reports a balance a call drove below zero as owed, and refuses billed work then', async () => {
    const { call } = harness({ keys: [{ key: 'sk-api-mock', balance: '0.001' }] });
    expect(
      (await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'a cat', n: 1 })).code,
    ).toBe(0);
    const body = await balanceOf(call);
    expect(body.available_amount).toBe('0');
    expect(addDecimalStrings(body.owed_amount ?? '', '0.001')).toBe(
      estimateCost({ kind: 'image', model: 'image-01', count: 1 }, { region: 'global' }).total,
    );
    expect(
      (await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'a cat', n: 1 })).code,
    ).toBe(1008);
  });

  it('answers a Token Plan key with 1004: it has no pay-as-you-go balance', async () => {
    const { call } = harness();
    const answer = await call('GET', '/account/query_balance', undefined, 'sk-cp-mock');
    expect(answer.status).toBe(200);
    expect(answer.code).toBe(1004);
    expect(answer.json.base_resp.status_msg).toMatch(/token_plan\/remains/);
    expect((await call('GET', '/account/query_balance', undefined, 'sk-api-nobody')).code).toBe(1004);
  });
});
