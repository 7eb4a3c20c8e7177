import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real redis-server on a loopback port, without persistence, that a test can kill and restart. */
export interface RedisServer {
  port: number;
  url: string;
  /** Kills it (SIGKILL, like a crash): everything it held is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing answers, until `resume()`. */
  pause(): void;
  resume(): void;
}

/**
 * Starts redis-server (Debian's `redis-server`, which the test command installs when absent), with
 * `args` added to its command line (`['--maxmemory', '4mb']`), on `onPort` or a free port.
 */
export async function startRedis(args: readonly string[] = [], onPort?: number): Promise<RedisServer> {
  const port = onPort ?? (await freePort());
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    kill: () =>
      new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve(); // already gone
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/**
 * redisStore options for tests that are not about slowness: on a loaded machine Redis may take
 * seconds to answer, which the default one-second decision deadline would refuse (fail closed).
 */
export const patient = { commandTimeoutMs: 60_000 } as const;
