import { sleep } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { answering, hi, setup } from '../__fixtures__/setup.js';
import { createMiniMaxClient } from '../client.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { InvalidRequestError } from '../errors/invalid-request-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ServerError } from '../errors/server-error.js';
import { TimeoutError } from '../errors/timeout-error.js';

const speech = { model: 'speech-02-hd', text: '你好', voice_setting: { voice_id: 'female-shaonv' } };

describe('retries', () => {
  it('retries 1002 on a native endpoint (HTTP 200 + base_resp) until it succeeds', async () => {
    const { mock, client, attempts } = setup({
      faults: [
        {
          path: '/v1/t2a_v2',
          script: [
            { type: 'error', code: 1002 },
            { type: 'error', code: 1002 },
          ],
        },
      ],
    });
    const result = await client.speech.create(speech);
    expect(result.audio?.length).toBeGreaterThan(0);
    expect(attempts).toEqual(['POST /v1/t2a_v2', 'POST /v1/t2a_v2', 'POST /v1/t2a_v2']);
    expect(mock.state.counts).toMatchObject({ 0: 1, 1002: 2 });
  });

  it('retries 429 on the compatible endpoint, and gives up after maxRetries with a RateLimitError', async () => {
    const { client, attempts } = setup(
      { faults: [{ path: '/v1/chat/completions', fault: { type: 'error', code: 1002 } }] },
      { maxRetries: 3 },
    );
    const error = await client.chat.create(hi).catch((caught) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: 1002, httpStatus: 429, retryable: true });
    expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(attempts).toHaveLength(4);
  });

  it.each([
    [1004, AuthenticationError],
    [2013, InvalidRequestError],
  ])('never retries %i', async (code, type) => {
    const { client, attempts } = setup({ faults: [{ path: '/v1/t2a_v2', fault: { type: 'error', code } }] });
    await expect(client.speech.create(speech)).rejects.toBeInstanceOf(type);
    expect(attempts).toHaveLength(1);
  });

  it('retries HTTP 5xx with a growing back-off', async () => {
    const { client, attempts } = setup({
      faults: [
        {
          path: '/v1/chat/completions',
          script: [
            { type: 'http', status: 502 },
            { type: 'http', status: 503 },
          ],
        },
      ],
    });
    const started = performance.now();
    const completion = await client.chat.create(hi);
    expect(completion.choices).toHaveLength(1);
    expect(attempts).toHaveLength(3);
    // 0.5 s and 1 s back-offs, jittered to at least half
    expect(performance.now() - started).toBeGreaterThanOrEqual(700);
  });

  it('retries a dropped connection for chat, but never re-sends a video job', async () => {
    const chat = setup({ faults: [{ path: '/v1/chat/completions', fault: { type: 'reset' }, times: 1 }] });
    await expect(chat.client.chat.create(hi)).resolves.toBeDefined();
    expect(chat.attempts).toHaveLength(2);

    const video = setup({ faults: [{ path: '/v1/video_generation', fault: { type: 'reset' }, times: 1 }] });
    await expect(
      video.client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(video.attempts).toEqual(['POST /v1/video_generation']);
  });

  it('re-sends a job whose connection provably never opened', async () => {
    const { mock } = setup();
    let calls = 0;
    const client = createMiniMaxClient({
      apiKey: 'sk-api-mock',
      region: 'cn',
      fetch: async (input, init) => {
        calls += 1;
        if (calls === 1)
          throw new TypeError('fetch failed', {
            cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
          });
        return mock.fetch(input, init);
      },
    });
    await expect(client.video.create({ model: 'MiniMax-Hailuo-02', prompt: 'x' })).resolves.toHaveProperty(
      'task_id',
    );
    expect(calls).toBe(2);
  });

  it('does not re-send a video job after a timeout, but retries chat', async () => {
    // The harness's mock sleeps instantly; here latency is real, so the client's timeout fires first.
    const slow = setup(
      {
        sleep,
        faults: [{ path: '/v1/video_generation', fault: { type: 'latency', ms: 5000 }, times: 1 }],
      },
      { timeout: 100 },
    );
    const error = await slow.client.video
      .create({ model: 'MiniMax-Hailuo-02', prompt: 'x' })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.phase).toBe('attempt');
    expect(slow.attempts).toHaveLength(1);
    expect(slow.mock.state.tasks.size).toBe(0);

    const chat = setup(
      {
        sleep,
        faults: [{ path: '/v1/chat/completions', fault: { type: 'latency', ms: 2000 }, times: 1 }],
      },
      { timeout: 100 },
    );
    await expect(chat.client.chat.create(hi)).resolves.toBeDefined();
    expect(chat.attempts).toHaveLength(2);
  });

  it('honours retry-after-ms and Retry-After', async () => {
    for (const headers of [{ 'retry-after-ms': '300' }, { 'retry-after': '1' }]) {
      const fetch = answering((_request, attempt) =>
        attempt === 1
          ? new Response(
              '{"type":"error","error":{"type":"rate_limit_error","message":"rate limit (1002)"}}',
              { status: 429, headers: { 'content-type': 'application/json', ...headers } },
            )
          : Response.json({ id: 'x', model: 'MiniMax-M2', choices: [] }),
      );
      const client = createMiniMaxClient({ apiKey: 'sk-api-x', fetch });
      const started = performance.now();
      await client.chat.create(hi);
      const waited = performance.now() - started;
      expect(waited).toBeGreaterThanOrEqual('retry-after-ms' in headers ? 290 : 990);
      expect(fetch.calls).toBe(2);
    }
  });

  it('retries server errors but not a billable job’s', async () => {
    const { client, attempts } = setup({
      faults: [{ path: '/v1/image_generation', fault: { type: 'error', code: 1000 } }],
    });
    await expect(client.images.generate({ model: 'image-01', prompt: 'x' })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(attempts).toHaveLength(1);
  });

  it('retries a billable job refused for rate: MiniMax did not start it', async () => {
    const { client, attempts, mock } = setup({
      faults: [{ path: '/v1/image_generation', script: [{ type: 'error', code: 1002 }] }],
    });
    await expect(client.images.generate({ model: 'image-01', prompt: 'x' })).resolves.toBeDefined();
    expect(attempts).toHaveLength(2);
    expect(mock.state.counts[0]).toBe(1);
  });
});
