import { describe, expect, it } from 'vitest';
import { answering, hi } from '../__fixtures__/setup.js';
import { endlessBody, json, sse, within } from '../__fixtures__/streams.js';
import { createMiniMaxClient } from '../client.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { MiniMaxError } from '../errors/minimax-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { ValidationError } from '../errors/validation-error.js';

const key = 'sk-api-answers-test-0000';
const speech = { model: 'speech-02-hd', text: 'hi', voice_setting: { voice_id: 'female-shaonv' } };
const ok = { base_resp: { status_code: 0, status_msg: 'success' } };
const clientAnswering = (respond: () => Response, options = {}) =>
  createMiniMaxClient({ apiKey: key, maxRetries: 0, fetch: answering(respond), ...options });

describe('answers that used to go wrong silently', () => {
  it.each(['9007199254740993.0', '9.007199254740993e15', '9007199254740993', '90071992547409930e-1'])(
    'keeps task_id %s exact',
    async (spelling) => {
      const client = clientAnswering(
        () => new Response(`{"task_id":${spelling},"base_resp":{"status_code":0}}`, { headers: json }),
      );
      const { task_id } = await client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' });
      expect(task_id).toBe('9007199254740993');
    },
  );

  it('hands the answer as sent in result.response, its body read once by the client', async () => {
    const text = '{"id":"x","model":"MiniMax-M2","choices":[],"note":"你好"}';
    const client = clientAnswering(() => new Response(text, { headers: { ...json, 'trace-id': 't-1' } }));
    const completion = await client.chat.create(hi);
    expect(completion.traceId).toBe('t-1');
    expect(completion.response.headers.get('trace-id')).toBe('t-1');
    expect(await completion.response.text()).toBe(text);
  });

  it('a 200 text/html answer is a ValidationError, not a SyntaxError', async () => {
    const client = clientAnswering(
      () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          headers: { 'content-type': 'text/html' },
        }),
    );
    const error = await client.chat.create(hi).catch((caught) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/not JSON.*text\/html/);
  });

  it('a text/plain body holding base_resp keeps its code', async () => {
    const client = clientAnswering(
      () =>
        new Response('{"base_resp":{"status_code":1004,"status_msg":"login fail"}}', {
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        }),
    );
    const error = await client.speech.create(speech).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe(1004);
  });

  it('a non-numeric status_code is an error without a NaN code', async () => {
    const client = clientAnswering(() =>
      Response.json({ base_resp: { status_code: 'oops', status_msg: 'odd' } }),
    );
    const error = await client.speech.create(speech).catch((caught) => caught);
    expect(error).toBeInstanceOf(MiniMaxError);
    expect(error.code).toBeUndefined();
    expect(error.message).not.toMatch(/NaN/);
    expect(error.message).toMatch(/odd/);
  });

  it('bad hex audio is a ValidationError, not a RangeError', async () => {
    for (const audio of ['abc', 'zz00']) {
      const client = clientAnswering(() => Response.json({ ...ok, data: { audio, status: 2 } }));
      const error = await client.speech.create(speech).catch((caught) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toMatch(/audio/);
    }
    const stream = clientAnswering(
      () => new Response(`data: {"data":{"audio":"xyz1","status":1}}\n\n`, { headers: sse }),
    );
    const error = await stream.speech
      .stream(speech)
      .final()
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ValidationError);
  });

  it('a bad baseURL fails at creation', () => {
    for (const baseURL of ['not a url', 'ftp://example.com/x', 'http://', '']) {
      expect(() => createMiniMaxClient({ apiKey: key, baseURL }), baseURL).toThrow(ConfigurationError);
    }
    expect(() => createMiniMaxClient({ apiKey: key, baseURL: 'http://127.0.0.1:8080/v' })).not.toThrow();
  });
});

describe('size caps', () => {
  it('refuses a JSON answer larger than maxResponseBytes, even one that never ends', async () => {
    const endless = clientAnswering(() => new Response(endlessBody('{"id":"', 0x61), { headers: json }), {
      maxResponseBytes: 1_000_000,
    });
    const error = await within(
      endless.chat.create(hi).catch((caught) => caught),
      15_000,
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limitBytes: 1_000_000 });
    const declared = clientAnswering(
      () => new Response('{}', { headers: { ...json, 'content-length': String(2 ** 40) } }),
    );
    expect(await declared.chat.create(hi).catch((caught) => caught)).toBeInstanceOf(ResponseTooLargeError);
  });

  it('refuses a stream line longer than maxEventBytes', async () => {
    const client = clientAnswering(() => new Response(endlessBody('data: {"x":"', 0x61), { headers: sse }), {
      maxEventBytes: 100_000,
    });
    const error = await within(
      client.chat
        .stream(hi)
        .final()
        .catch((caught) => caught),
      15_000,
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });
});
