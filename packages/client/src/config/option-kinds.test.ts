import { describe, expect, it } from 'vitest';
import { everythingIn } from '../__fixtures__/everything-in.js';
import { answering, hi } from '../__fixtures__/setup.js';
import { createChatClient } from '../chat/chat-client.js';
import { createMiniMaxClient } from '../client.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ValidationError } from '../errors/validation-error.js';
import type { ClientOptions } from '../options.js';
import { createSpeechClient } from '../speech/speech-client.js';
import { createVideoClient } from '../video/video-client.js';

const key = 'sk-api-Opt1onK1ndsT3stK3y0123456789';
const speech = { model: 'speech-02-hd', text: 'hi', voice_setting: { voice_id: 'female-shaonv' } };
const factories = { createMiniMaxClient, createChatClient, createSpeechClient, createVideoClient };
const refusal = (options: unknown) => {
  const errors = Object.values(factories).map((create) => {
    try {
      create(options as ClientOptions);
    } catch (error) {
      return error;
    }
    return undefined;
  });
  for (const error of errors) expect(error).toBeInstanceOf(ConfigurationError);
  for (const error of errors) expect(everythingIn(error)).not.toContain(key.slice(8));
  return (errors[0] as Error).message;
};

describe('options of the wrong kind fail at creation with ConfigurationError', () => {
  it.each([
    ['null', null, /options must be an object .*not null/],
    ['a key instead of options', key, /options must be an object .*not a string\./],
    ['an array', [{ apiKey: key }], /not an array/],
  ])('options that are %s', (_name, options, message) => {
    expect(refusal(options)).toMatch(message);
  });

  it.each([
    ['fetch: 42', { fetch: 42 }, /^fetch must be a function .*not a number/],
    ['limiter: {}', { limiter: {} }, /^limiter must have a wrap\(fetch\) method.*this one has none/],
    ['limiter: true', { limiter: true }, /^limiter must have a wrap\(fetch\) method.*not a boolean/],
    [
      'a limiter whose wrap gives no fetch',
      { limiter: { wrap: () => undefined } },
      /limiter\.wrap\(fetch\) must return a fetch/,
    ],
    [
      "logLevel: 'loud'",
      { logLevel: 'loud' },
      /^logLevel must be "debug", "info", "warn", "error" or "off", not "loud"/,
    ],
    ['logLevel holding a key', { logLevel: key }, /^logLevel must be .*not a string\./],
    ["logger: 'console'", { logger: 'console' }, /^logger must be an object .*not "console"/],
    ["a logger whose warn is 'x'", { logger: { warn: 'x' } }, /^logger must be .*its warn is "x"/],
    ['sleep: 5', { sleep: 5 }, /^sleep must be a function/],
    [
      "dangerouslyAllowBrowser: 'false'",
      { dangerouslyAllowBrowser: 'false' },
      /^dangerouslyAllowBrowser must be true or false/,
    ],
    [
      'headers as a Headers',
      { headers: new Headers({ 'x-team': 'blue' }) },
      /^headers must be a plain object.*not a Headers/,
    ],
    ['headers as a string', { headers: 'x-team: blue' }, /^headers must be a plain object.*not a string/],
    ['a region holding a key', { region: key }, /^region must be "global" or "cn", not a string\./],
    [
      'a misspelt apiKey',
      { apikey: key },
      /^apikey is no option of the client \(a typo\?\); it takes apiKey, region,/,
    ],
    ['an option named by a key', { [key]: true }, /^An option name given is no option of the client/],
  ])('%s', (_name, options, message) => {
    expect(refusal({ apiKey: key, ...options })).toMatch(message);
  });

  it('an unknown option left undefined is no option at all', () => {
    expect(() => createMiniMaxClient({ apiKey: key, extra: undefined } as ClientOptions)).not.toThrow();
  });

  it('a fetch that is no function is never called as one, nor retried', () => {
    const sleeps: number[] = [];
    const create = () =>
      createMiniMaxClient({ apiKey: key, fetch: 42 as never, sleep: async (ms) => void sleeps.push(ms) });
    expect(create).toThrow(ConfigurationError);
    expect(sleeps).toEqual([]);
  });
});

describe('call options of the wrong kind fail with ValidationError before sending', () => {
  const setup = () => {
    const fetch = answering(() => Response.json({ id: 'a', model: 'm', choices: [] }));
    return { fetch, client: createMiniMaxClient({ apiKey: key, fetch, sleep: async () => {} }) };
  };
  const expectIssue = (error: unknown, path: string, message: RegExp) => {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  };
  const caught = (run: () => unknown) => {
    try {
      return run();
    } catch (error) {
      return error;
    }
  };

  it('a signal that is no AbortSignal, on every kind of call', async () => {
    const { fetch, client } = setup();
    const signal = 'x' as unknown as AbortSignal;
    const errors = [
      await client.chat.create(hi, { signal }).catch((error) => error),
      await client.speech.createAsync(speech, { signal }).catch((error) => error),
      await client.video.poll('1', { signal }).catch((error) => error),
      await client.transport.send('/v1/anything', { method: 'GET', signal }).catch((error) => error),
      caught(() => client.chat.stream(hi, { signal })),
      caught(() => client.messages.stream({ ...hi, max_tokens: 5 }, { signal })),
    ];
    for (const error of errors) expectIssue(error, 'signal', /^must be an AbortSignal .*not "x"$/);
    expect(fetch.calls).toBe(0);
  });

  it('a poll’s onProgress that is no function, and a stream clock that is none', async () => {
    const { fetch, client } = setup();
    const poll = await client.video.poll('1', { onProgress: 'x' as never }).catch((error) => error);
    expectIssue(poll, 'onProgress', /^must be a function/);
    expectIssue(
      caught(() => client.chat.stream(hi, { now: 5 as never })),
      'now',
      /^must be a clock in ms .*not a number$/,
    );
    expect(fetch.calls).toBe(0);
  });

  it('a null signal is none', async () => {
    const { fetch, client } = setup();
    await client.chat.create(hi, { signal: null as never });
    expect(fetch.calls).toBe(1);
  });
});
