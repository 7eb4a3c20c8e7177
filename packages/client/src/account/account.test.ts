import { addDecimalStrings, estimateCost } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { answering, setup } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ValidationError } from '../errors/validation-error.js';

describe('account.balance()', () => {
  it('shows money left, exact, in the region currency, falling with each billed call', async () => {
    const { client } = setup({ keys: [{ key: 'sk-api-mock', balance: '20' }] });
    const before = await client.account.balance();
    expect(before).toMatchObject({ currency: 'CNY', available: '20', owed: '0', low: false });
    expect(before.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(before.body.available_amount).toBe('20');
    await client.images.generate({ model: 'image-01', prompt: 'a cat', n: 2 });
    const after = await client.account.balance();
    const price = estimateCost({ kind: 'image', model: 'image-01', count: 2 }, { region: 'cn' }).total;
    expect(addDecimalStrings(after.available, price)).toBe('20');
  });

  it('is refused for a Token Plan key with a typed error that points to the quota', async () => {
    const { client } = setup({}, { apiKey: 'sk-cp-mock' });
    const error = await client.account.balance().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toMatch(/token_plan\/remains/);
    expect((error as AuthenticationError).message).not.toContain('sk-cp-mock');
  });

  it('needs the region behind a proxy, and validates the answer', async () => {
    const body = { base_resp: { status_code: 0 }, available_amount: '3.50' };
    const proxy = createMiniMaxClient({
      baseURL: 'https://example.com/api/minimax',
      fetch: answering(() => Response.json(body)),
    });
    await expect(proxy.account.balance()).rejects.toThrow(ConfigurationError);
    expect(await proxy.account.balance({ region: 'global' })).toMatchObject({
      currency: 'USD',
      available: '3.5',
    });
    const broken = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      fetch: answering(() => Response.json({ base_resp: { status_code: 0 }, available_amount: 3.5 })),
    });
    await expect(broken.account.balance()).rejects.toThrow(ValidationError);
  });
});
