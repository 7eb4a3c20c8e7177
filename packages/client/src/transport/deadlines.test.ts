import { describe, expect, it } from 'vitest';
import { answering, hi } from '../__fixtures__/setup.js';
import { json, sse, stalledBody, tickingBody, within } from '../__fixtures__/streams.js';
import { createMiniMaxClient } from '../client.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { ValidationError } from '../errors/validation-error.js';

const key = 'sk-api-deadline-test-0000';
const chunk = 'data: {"id":"1","choices":[{"delta":{"content":"a"}}]}\n\n';
// The deadlines below are short; the bounds the tests wait for are many times longer.
const generous = 15_000;

describe('deadlines', () => {
  it('a stream sending only keep-alive comments fails after streamIdleTimeout', async () => {
    const client = createMiniMaxClient({
      apiKey: key,
      streamIdleTimeout: 300,
      totalTimeout: 0,
      fetch: answering(
        () =>
          new Response(
            tickingBody(chunk, 50, () => ': ping\n\n'),
            { headers: sse },
          ),
      ),
    });
    const error = await within(
      client.chat
        .stream(hi)
        .final()
        .catch((caught) => caught),
      generous,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe('stream-idle');
  });

  it('a consumer slower than streamIdleTimeout is not a silent stream', async () => {
    const events = [chunk, chunk, 'data: {"id":"1","choices":[],"usage":{"total_tokens":2}}\n\n'];
    const client = createMiniMaxClient({
      apiKey: key,
      streamIdleTimeout: 100,
      fetch: answering(() => new Response(events.join(''), { headers: sse })),
    });
    let chunks = 0;
    const reading = (async () => {
      for await (const _ of client.chat.stream(hi)) {
        chunks += 1;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    expect(await within(reading, generous)).toBeUndefined();
    expect(chunks).toBe(3);
  });

  it('totalTimeout ends a stream that keeps sending data', async () => {
    const client = createMiniMaxClient({
      apiKey: key,
      streamIdleTimeout: 60_000,
      totalTimeout: 400,
      fetch: answering(
        () =>
          new Response(
            tickingBody(chunk, 30, () => chunk),
            { headers: sse },
          ),
      ),
    });
    let chunks = 0;
    const reading = (async () => {
      for await (const _ of client.chat.stream(hi)) chunks += 1;
    })();
    const error = await within(
      reading.catch((caught) => caught),
      generous,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe('total');
    expect(chunks).toBeGreaterThan(0);
  });

  it('a non-stream body that stalls after its headers fails at the attempt timeout', async () => {
    const fetch = answering(() => new Response(stalledBody('{"id":"1","choi'), { headers: json }));
    const client = createMiniMaxClient({ apiKey: key, timeout: 200, totalTimeout: 0, maxRetries: 1, fetch });
    const error = await within(
      client.chat.create(hi).catch((caught) => caught),
      generous,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe('attempt');
    expect(fetch.calls).toBe(2);
  });

  it('totalTimeout covers reading a body too', async () => {
    const client = createMiniMaxClient({
      apiKey: key,
      timeout: 0,
      totalTimeout: 300,
      fetch: answering(() => new Response(stalledBody('{"id":"1"'), { headers: json })),
    });
    const error = await within(
      client.chat.create(hi).catch((caught) => caught),
      generous,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe('total');
  });

  it('refuses timers Node cannot keep (above 2^31 − 1 ms), naming the option', () => {
    for (const name of ['timeout', 'totalTimeout', 'streamIdleTimeout'] as const) {
      expect(() => createMiniMaxClient({ apiKey: key, [name]: 3e9 })).toThrow(ConfigurationError);
      expect(() => createMiniMaxClient({ apiKey: key, [name]: 3e9 })).toThrow(new RegExp(`${name} must be`));
      expect(() => createMiniMaxClient({ apiKey: key, [name]: 2 ** 31 - 1 })).not.toThrow();
    }
  });

  it('refuses poll intervals and deadlines that are not durations, and sends nothing', async () => {
    const fetch = answering(() => Response.json({ task_id: '1', status: 'Processing' }));
    const client = createMiniMaxClient({ apiKey: key, fetch });
    for (const options of [
      { intervalMs: Number.NaN },
      { intervalMs: -5 },
      { intervalMs: 0 },
      { maxIntervalMs: Number.NaN },
      { deadlineMs: Number.NaN },
      { deadlineMs: -1 },
      { intervalMs: 3e9 },
    ]) {
      const error = await within(
        client.video.poll('1', options).catch((caught) => caught),
        generous,
      );
      expect(error, JSON.stringify(options)).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(/Ms: must be/);
    }
    expect(fetch.calls).toBe(0);
  });
});
