import { expect, it } from 'vitest';
import { type Clients, calls } from '../__fixtures__/every-call.js';
import { setup } from '../__fixtures__/setup.js';
import { ValidationError } from '../errors/validation-error.js';

type Call = (clients: Clients, options?: null) => Promise<object>;
const everyCall = Object.entries(calls).flatMap(([resource, methods]) =>
  (Object.entries(methods) as [string, Call][]).map(
    ([method, call]) => [`${resource}.${method}`, call] as const,
  ),
);

it('covers all 29 methods', () => {
  expect(everyCall).toHaveLength(29);
});

it.each(everyCall)('%s takes null options as none', async (_, call) => {
  const { client } = setup();
  const { client: plan } = setup({}, { apiKey: 'sk-cp-mock' });
  await expect(call({ client, plan }, null)).resolves.toBeTypeOf('object');
});

it.each(everyCall)(
  '%s refuses options that are not an object, naming them, before its request is sent',
  async (_, call) => {
    const { client, attempts } = setup();
    const { client: plan, attempts: planAttempts } = setup({}, { apiKey: 'sk-cp-mock' });
    const sent = () => attempts.length + planAttempts.length;
    await call({ client, plan });
    const whole = sent();
    for (const options of [42, 'sk-secret-in-the-wrong-place', [{ signal: undefined }]]) {
      const sentBefore = sent();
      // A stream throws at once, as it does for bad params; every other call rejects.
      const error = await (async () => call({ client, plan }, options as never))().catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        {
          path: 'options',
          message: expect.stringMatching(/^must be an object such as \{ signal \}, or left out, not /),
        },
      ]);
      expect(String((error as Error).message)).not.toContain('sk-secret');
      // A call that needs a task or a file first sends that request only: never those refused.
      expect(sent() - sentBefore).toBeLessThan(whole);
    }
  },
);

it.each(everyCall)('%s refuses an AbortSignal passed in place of { signal }', async (_, call) => {
  const { client, attempts } = setup();
  const { client: plan, attempts: planAttempts } = setup({}, { apiKey: 'sk-cp-mock' });
  await call({ client, plan });
  const whole = attempts.length + planAttempts.length;
  const error = await (async () => call({ client, plan }, new AbortController().signal as never))().catch(
    (caught: unknown) => caught,
  );
  expect((error as ValidationError).issues).toEqual([
    { path: 'options', message: 'is an AbortSignal: pass it as { signal }' },
  ]);
  expect(attempts.length + planAttempts.length - whole).toBeLessThan(whole);
});
