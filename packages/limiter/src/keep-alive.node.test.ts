import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('timers', () => {
  it('never keep Node alive: a process whose only work is a long wait exits at once', async () => {
    const script = `
      import { createLimiter } from ${JSON.stringify(index)};
      const limiter = createLimiter({ limits: { s: { rpm: 1 } } });
      await limiter.acquire({ scope: 's' });
      limiter.acquire({ scope: 's' }); // would wait a minute
      console.log('queued', limiter.snapshot().queued);
    `;
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--conditions=@minimax-kit/source', '--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(output).toContain('queued 1');
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(50_000); // below the minute the wait would keep it alive
  });
});
