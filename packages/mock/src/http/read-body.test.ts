import { describe, expect, it } from 'vitest';
import { chat, harness } from '../__fixtures__/harness.js';
import { readBody } from './read-body.js';

/** A body that counts how many of its bytes anyone pulled. */
function countedBody(total: number, chunk = 64 * 1024) {
  const seen = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.bytes >= total) return controller.close();
      seen.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(32));
    },
  });
  return { stream, seen };
}

describe('request bodies', () => {
  it('leave numbers inside message text alone and keep int64 ids exact', async () => {
    const { call } = harness();
    const text = 'ids like [12345678901234567890] stay text';
    const answer = await call('POST', '/v1/chat/completions', {
      ...chat(),
      messages: [{ role: 'user', content: text }],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.choices[0].message.content).toEqual(expect.any(String));
  });

  it('are refused past maxBodyBytes with 413, by declared length or as they stream', async () => {
    const { mock, base } = harness({ maxBodyBytes: 1024 });
    const declared = await mock.fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer sk-api-mock',
        'content-type': 'application/json',
        'content-length': '4096',
      },
      body: JSON.stringify({ ...chat(), pad: 'x'.repeat(4000) }),
    });
    expect(declared.status).toBe(413);
    const { stream, seen } = countedBody(10 * 1024 * 1024);
    const streamed = await mock.fetch(`${base}/v1/t2a_v2`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock', 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).base_resp.status_code).toBe(2013);
    expect(seen.bytes).toBeLessThan(1024 * 1024);
  });

  it('are not read at all without a valid key', async () => {
    const { mock, base } = harness();
    const { stream, seen } = countedBody(50 * 1024 * 1024);
    const answer = await mock.fetch(`${base}/v1/t2a_v2`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-nobody', 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await answer.json()).base_resp.status_code).toBe(1004);
    expect(seen.bytes).toBeLessThan(1024 * 1024);
  });

  it('are read in engines without a Request.body stream (Firefox), under the same cap', async () => {
    // Firefox's Request has no `body` property at all; only the whole-body readers.
    const firefoxLike = (text: string) => {
      const real = new Request('https://api.minimaxi.com/v1/chat/completions', {
        method: 'POST',
        body: text,
        headers: { 'content-type': 'application/json' },
      });
      return { method: real.method, headers: real.headers, arrayBuffer: () => real.arrayBuffer() } as Request;
    };
    expect((await readBody(firefoxLike('{"model":"MiniMax-M2.7"}'), 1024)).body).toEqual({
      model: 'MiniMax-M2.7',
    });
    await expect(readBody(firefoxLike(`{"pad":"${' '.repeat(2048)}"}`), 1024)).rejects.toMatchObject({
      code: 2013,
      httpStatus: 413,
    });
  });
});
