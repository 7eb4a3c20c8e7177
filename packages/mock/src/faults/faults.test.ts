import { describe, expect, it, vi } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';

describe('fault injection', () => {
  it('answers any error code in the endpoint’s envelope, by script', async () => {
    const { call } = harness({
      faults: [
        {
          path: '/v1/chat/completions',
          script: [{ type: 'error', code: 1002 }, null, { type: 'error', code: 1033 }],
        },
      ],
    });
    const first = await call('POST', '/v1/chat/completions', chat());
    expect([first.status, first.code]).toEqual([429, 1002]);
    expect((await call('POST', '/v1/chat/completions', chat())).status).toBe(200);
    const third = await call('POST', '/v1/chat/completions', chat());
    expect([third.status, third.code, third.json.error.type]).toEqual([500, 1033, 'server_error']);
    expect((await call('POST', '/v1/chat/completions', chat())).status).toBe(200);
    expect((await call('POST', '/v1/t2a_v2', { model: 'x' })).code).toBe(2013); // other endpoints untouched
  });

  it('answers bare HTTP 5xx and malformed JSON', async () => {
    const { call, mock } = harness();
    mock.inject({ path: '/v1/image_generation', fault: { type: 'http', status: 502 }, times: 1 });
    expect((await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x' })).status).toBe(502);
    mock.inject({ path: '/v1/image_generation', fault: { type: 'malformed' }, times: 1 });
    const broken = await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x' });
    expect(broken.status).toBe(200);
    expect(typeof broken.json).toBe('string');
    expect((await call('POST', '/v1/image_generation', { model: 'image-01', prompt: 'x' })).code).toBe(0);
  });

  it('drops the connection like a network would: fetch rejects, nothing is booked', async () => {
    const { mock, base } = harness({
      faults: [{ path: '/v1/video_generation', fault: { type: 'reset' }, times: 1 }],
    });
    const attempt = mock.fetch(`${base}/v1/video_generation`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: JSON.stringify({ model: 'MiniMax-Hailuo-02', prompt: 'x' }),
    });
    await expect(attempt).rejects.toThrow(TypeError);
    await expect(attempt).rejects.toThrow('fetch failed');
    expect(mock.state.tasks.size).toBe(0);
    expect(mock.state.counts.reset).toBe(1);
  });

  it('cuts a stream mid-way', async () => {
    const { mock, base } = harness({
      faults: [{ path: '/v1/chat/completions', fault: { type: 'cut', after: 2 } }],
    });
    const response = await mock.fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: JSON.stringify(chat('MiniMax-M2', { stream: true })),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow('terminated');
  });

  it('stalls a stream until the client gives up, then frees its slot', async () => {
    const { mock, base } = harness({
      region: 'cn',
      faults: [{ path: '/v1/music_generation', fault: { type: 'stall', after: 1 } }],
    });
    const aborter = new AbortController();
    const response = await mock.fetch(`${base}/v1/music_generation`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: JSON.stringify({ model: 'music-2.0', prompt: 'x', is_instrumental: true, stream: true }),
      signal: aborter.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    const pending = reader.read();
    const settled = vi.fn();
    pending.then(settled, settled);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).not.toHaveBeenCalled();
    expect([...mock.state.scopes.values()][0]?.running).toBe(1);
    aborter.abort();
    await expect(pending).rejects.toThrow();
    expect([...mock.state.scopes.values()][0]?.running).toBe(0);
  });

  it('delays answers by a fixed or seeded random latency', async () => {
    const waits: number[] = [];
    const { call } = harness({
      sleep: async (ms) => {
        waits.push(ms);
      },
      faults: [
        { path: '/v1/chat/completions', fault: { type: 'latency', ms: 250 } },
        { path: '/v1/chat/completions', fault: { type: 'latency', ms: [100, 200] }, rate: 1 },
      ],
    });
    expect((await call('POST', '/v1/chat/completions', chat())).status).toBe(200);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(350);
    expect(waits[0]).toBeLessThanOrEqual(450);
  });

  it('draws log-normal latency around its median, with a long tail', async () => {
    const waits: number[] = [];
    const { call } = harness({
      sleep: async (ms) => {
        waits.push(ms);
      },
      faults: [{ fault: { type: 'latency', ms: { p50: 200, p99: 1000 } } }],
    });
    for (let i = 0; i < 400; i++) await call('GET', '/v1/token_plan/remains');
    waits.sort((a, b) => a - b);
    expect(waits[200]).toBeGreaterThan(160);
    expect(waits[200]).toBeLessThan(240);
    expect(waits[396]).toBeGreaterThan(600);
  });

  it('injects by rate, the same way for the same seed', async () => {
    const run = async () => {
      const { call } = harness({
        seed: 3,
        faults: [{ path: '/v1/chat/completions', fault: { type: 'error', code: 1000 }, rate: 0.5 }],
      });
      const codes = [];
      for (let i = 0; i < 20; i++) codes.push((await call('POST', '/v1/chat/completions', chat())).status);
      return codes;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(first.filter((status) => status === 500).length).toBeGreaterThan(3);
    expect(first.filter((status) => status === 200).length).toBeGreaterThan(3);
  });
});
