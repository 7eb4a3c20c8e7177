import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../../../../test/redis-server.ts';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a module with Node on its own; kills it if it has not exited by itself after a generous 45 s. */
async function runAlone(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=@minimax-kit/source', '--import', 'tsx', ...args], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stuck = setTimeout(() => child.kill('SIGKILL'), 45_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(stuck);
  return { code, output };
}

describe('a process that uses the Redis store and closes it', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.kill();
  });

  it("exits by itself: the README's Redis example, run whole, from a client not yet connected", async () => {
    const readme = await readFile(new URL('README.md', `file://${packageDir}`), 'utf8');
    const section = readme.slice(readme.indexOf('## Many processes and machines: Redis'));
    const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(example).toContain('await limiter.close()');
    const { code, output } = await runAlone(['--input-type=module', '-e', example], {
      REDIS_URL: server.url,
    });
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('exits by itself after `await using` closes the limiter and store (a waiter is told why)', async () => {
    const fixture = fileURLToPath(new URL('./__fixtures__/disposed.ts', import.meta.url));
    const { code, output } = await runAlone([fixture], { REDIS_URL: server.url });
    expect(output).toBe('admitted true\nLimiterClosedError\n');
    expect(code).toBe(0);
  });
});
