import { describe, expect, it } from 'vitest';
import { answering, hi, setup } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';
import { AuthenticationError } from './authentication-error.js';
import { ContentFilterError } from './content-filter-error.js';
import { InsufficientBalanceError } from './insufficient-balance-error.js';
import { InvalidRequestError } from './invalid-request-error.js';
import { MiniMaxError } from './minimax-error.js';
import { QuotaExceededError } from './quota-exceeded-error.js';
import { RateLimitError } from './rate-limit-error.js';
import { ServerError } from './server-error.js';
import { ValidationError } from './validation-error.js';

const speech = { model: 'speech-02-hd', text: 'hi', voice_setting: { voice_id: 'female-shaonv' } };

describe('one error tree for every envelope', () => {
  it.each([
    [1004, AuthenticationError, false],
    [2049, AuthenticationError, false],
    [1008, InsufficientBalanceError, false],
    [2056, QuotaExceededError, false],
    [2061, QuotaExceededError, false],
    [1026, ContentFilterError, false],
    [2013, InvalidRequestError, false],
    [1033, ServerError, true],
    [1039, RateLimitError, true],
  ])('maps %i to its class, natively and on both compatible endpoints', async (code, type, retryable) => {
    const { client } = setup({ faults: [{ fault: { type: 'error', code } }] }, { maxRetries: 0 });
    const native = await client.speech.create(speech).catch((error) => error);
    const openai = await client.chat.create(hi).catch((error) => error);
    const anthropic = await client.messages.create({ ...hi, max_tokens: 10 }).catch((error) => error);
    for (const error of [native, openai, anthropic]) {
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(MiniMaxError);
      expect(error).toMatchObject({ code, retryable });
      expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(native.httpStatus).toBe(200);
    expect(openai.httpStatus).toBeGreaterThanOrEqual(400);
    expect(openai.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('tells input from output content filtering', async () => {
    const { client } = setup({ faults: [{ fault: { type: 'error', code: 1027 } }] });
    expect(await client.chat.create(hi).catch((error) => error)).toMatchObject({
      name: 'ContentFilterError',
      direction: 'output',
    });
  });

  it('reads the plain OpenAI envelope and bare statuses', async () => {
    const openai = createMiniMaxClient({
      apiKey: 'sk-x',
      maxRetries: 0,
      fetch: answering(() =>
        Response.json(
          {
            error: {
              message: 'Incorrect API key provided',
              type: 'invalid_request_error',
              code: 'invalid_api_key',
            },
          },
          { status: 401 },
        ),
      ),
    });
    expect(await openai.chat.create(hi).catch((error) => error)).toBeInstanceOf(AuthenticationError);
    const gateway = createMiniMaxClient({
      apiKey: 'sk-x',
      maxRetries: 0,
      fetch: answering(() => new Response('404 page not found', { status: 404 })),
    });
    const notFound = await gateway.chat.create(hi).catch((error) => error);
    expect(notFound).toBeInstanceOf(InvalidRequestError);
    expect(notFound.message).toMatch(/HTTP 404: 404 page not found/);
  });

  it('fails on a success body missing a field the client acts on, and on malformed JSON', async () => {
    const missing = createMiniMaxClient({
      apiKey: 'sk-x',
      fetch: answering(() => Response.json({ base_resp: { status_code: 0 }, data: {} })),
    });
    const error = await missing.speech.create(speech).catch((caught) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.direction).toBe('response');
    expect(error.message).toMatch(/data\.audio/);
    const { client } = setup(
      { faults: [{ path: '/v1/t2a_v2', fault: { type: 'malformed' } }] },
      { maxRetries: 0 },
    );
    expect(await client.speech.create(speech).catch((caught) => caught)).toBeInstanceOf(ValidationError);
  });

  it('lets unknown extra fields pass', async () => {
    const extra = createMiniMaxClient({
      apiKey: 'sk-x',
      fetch: answering(() =>
        Response.json({ id: 'a', model: 'm', choices: [], brand_new_field: { deep: true } }),
      ),
    });
    expect(await extra.chat.create(hi)).toMatchObject({ brand_new_field: { deep: true } });
  });
});

describe('validation before sending', () => {
  it('names the bad field and sends nothing', async () => {
    const { client, attempts } = setup();
    const cases: [() => Promise<unknown>, RegExp][] = [
      [() => client.chat.create({ ...hi, temperature: 0 }), /temperature: must be > 0/],
      [
        () => client.chat.create({ model: 'MiniMax-M2', messages: [] }),
        /messages: needs at least one message/,
      ],
      [() => client.messages.create({ ...hi, max_tokens: 0 }), /max_tokens/],
      [
        () => client.speech.create({ ...speech, text: 'x'.repeat(10_000) }),
        /text: must be under 10,000 characters; use createAsync/,
      ],
      [
        () => client.speech.create({ model: 'speech-02-hd', text: 'x' }),
        /voice_setting\.voice_id: is required/,
      ],
      [
        () => client.speech.create({ ...speech, audio_setting: { sample_rate: 48000 } }),
        /audio_setting\.sample_rate: must be one of/,
      ],
      [() => client.images.generate({ model: 'image-01', prompt: 'x', n: 10 }), /n:/],
      [
        () => client.images.generate({ model: 'image-01', prompt: 'x', width: 512 }),
        /width and height go together/,
      ],
      [
        () => client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x', resolution: '4K' as '768P' }),
        /resolution/,
      ],
      [() => client.voices.clone({ file_id: '1', voice_id: '1bad' }), /voice_id: must be 8–256/],
      [() => client.files.retrieve('abc'), /file_id: must be MiniMax's numeric id/],
      [() => client.music.generate({ model: 'music-2.0' }), /prompt or lyrics is required/],
    ];
    for (const [call, message] of cases) {
      const error = (await call().catch((caught) => caught)) as ValidationError;
      expect(error, String(message)).toBeInstanceOf(ValidationError);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/^Invalid request, not sent/);
    }
    expect(attempts).toEqual([]);
  });
});
