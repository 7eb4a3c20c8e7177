import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from './serve.js';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));

describe('minimax-mock bin', () => {
  it('prints its URL, serves, and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(
        process.execPath,
        [
          '--conditions=@minimax-kit/source',
          '--import',
          'tsx',
          cli,
          '--port',
          '0',
          '--region',
          'cn',
          '--seed',
          '5',
        ],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      expect(output).toContain('(cn, paid)');
      const models = await fetch(`${url}/v1/models`);
      expect(models.status).toBe(404);
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill(signal);
      expect(await exit).toBe(0);
    }
  });

  it('refuses bad arguments with a usage line', async () => {
    const refuse = async (...args: string[]) => {
      const child = spawn(
        process.execPath,
        ['--conditions=@minimax-kit/source', '--import', 'tsx', cli, ...args],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => {
        errors += chunk.toString();
      });
      const code = await new Promise((resolve) => child.once('exit', resolve));
      return { code, errors };
    };
    const refusals = await Promise.all([
      refuse('--region', 'mars'),
      refuse('--seed', 'NaN'),
      refuse('--seed', '1e300'),
      refuse('--seed', ''),
      refuse('--tier', 'gold'),
      refuse('--port=-1'),
    ]);
    const said = [
      /--region must be global or cn, not mars/,
      /--seed must be a whole number, not NaN/,
      /--seed must be a whole number, not 1e300/,
      /--seed must be a whole number, not \n/,
      /--tier must be paid or free, not gold/,
      /--port must be 0–65535, not -1/,
    ];
    for (const [index, { code, errors }] of refusals.entries()) {
      expect(code).toBe(2);
      expect(errors).toMatch(said[index] as RegExp);
      expect(errors).toMatch(/Usage: minimax-mock/);
    }
  });
});

describe('startMockServer', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ region: 'global' });
  });
  afterAll(() => server.close());

  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: JSON.stringify(body),
    });

  it('streams events as they are made', async () => {
    const response = await post('/v1/chat/completions', {
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    expect(response.headers.get('trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(await response.text()).toMatch(/data: \[DONE\]\n\n$/);
  });

  it('resets the connection for a reset fault, and cuts a body mid-way for a cut fault', async () => {
    const removeReset = server.mock.inject({
      path: '/v1/chat/completions',
      fault: { type: 'reset' },
      times: 1,
    });
    await expect(
      post('/v1/chat/completions', { model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toThrow('fetch failed');
    removeReset();
    server.mock.inject({ path: '/v1/chat/completions', fault: { type: 'cut', after: 3 }, times: 1 });
    const cut = await post('/v1/chat/completions', {
      model: 'MiniMax-M2',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    await expect(cut.text()).rejects.toThrow();
  });

  it('answers a request with a wrong key before its body has been sent', async () => {
    // 50 MB declared, one chunk written: an answer can only come if the server did not wait for the rest.
    const { status, code } = await new Promise<{ status: number; code: number }>((resolve, reject) => {
      const request = httpRequest(`${server.url}/v1/t2a_v2`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-api-nobody', 'content-length': String(50 * 1024 * 1024) },
      });
      request.on('response', async (response) => {
        let text = '';
        for await (const chunk of response) text += chunk;
        request.destroy();
        resolve({ status: response.statusCode ?? 0, code: JSON.parse(text).base_resp.status_code });
      });
      request.on('error', reject);
      request.write(Buffer.alloc(64 * 1024, 32));
    });
    expect([status, code]).toEqual([200, 1004]);
  });

  it('accepts multipart uploads', async () => {
    const form = new FormData();
    form.set('purpose', 'voice_clone');
    form.set('file', new Blob([new Uint8Array(100)]), 'voice.mp3');
    const response = await fetch(`${server.url}/v1/files/upload`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-api-mock' },
      body: form,
    });
    expect((await response.json()).file.bytes).toBe(100);
  });
});
