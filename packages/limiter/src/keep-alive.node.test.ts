import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('./index.ts', import.meta.url));

/**
 * Runs `body` as an ES module in a new Node process: what it printed and its exit code (null when
 * it was still running after 100 s, and killed).
 */
async function run(body: string): Promise<{ output: string; code: number | null }> {
  const script = `import { createLimiter } from ${JSON.stringify(index)};\n${body}`;
  const child = spawn(
    process.execPath,
    ['--conditions=@minimax-kit/source', '--import', 'tsx', '--input-type=module', '-e', script],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 100_000 },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { output, code };
}

describe('timers', () => {
  it('keep Node alive while a caller waits, as a pending fetch would: a loop of calls runs to its end', async () => {
    // A minute is 0.3 s here: the second and third calls each wait a window.
    const { output, code } = await run(`
      const limiter = createLimiter({ limits: { s: { rpm: 1 } }, timeScale: 0.005 });
      for (let i = 1; i <= 3; i++) {
        const lease = await limiter.acquire({ scope: 's' });
        console.log('call', i);
        await lease.release();
      }
      console.log('done');
    `);
    expect(output).toBe('call 1\ncall 2\ncall 3\ndone\n');
    expect(code).toBe(0);
  });

  it('and no longer: once nobody waits (aborted, or the limiter closed) the process exits at once', async () => {
    // A minute is an hour here: a process a wait kept alive would outlast the test's timeout.
    const setup = `
      const limiter = createLimiter({ limits: { s: { rpm: 1 } }, timeScale: 60 });
      await limiter.acquire({ scope: 's' });
    `;
    const aborted = await run(`${setup}
      const aborts = new AbortController();
      const waiting = limiter.acquire({ scope: 's' }, { signal: aborts.signal });
      console.log('queued', limiter.snapshot().queued);
      aborts.abort();
      await waiting.catch((error) => console.log('left', error.name));
    `);
    expect(aborted).toEqual({ output: 'queued 1\nleft AbortError\n', code: 0 });
    const closed = await run(`${setup}
      const waiting = limiter.acquire({ scope: 's' });
      console.log('queued', limiter.snapshot().queued);
      await limiter.close();
      await waiting.catch((error) => console.log('left', error.name));
    `);
    expect(closed).toEqual({ output: 'queued 1\nleft LimiterClosedError\n', code: 0 });
  });
});
