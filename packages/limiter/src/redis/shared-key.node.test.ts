import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { createLimiter } from '../create-limiter.js';
import { type Admission, worstSpans } from './__fixtures__/worst-spans.js';
import { redisStore } from './redis-store.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}.ts`, import.meta.url));
const execArgv = ['--conditions=@minimax-kit/source', '--import', 'tsx'];
const scale = 0.1; // a "minute" of 6 s
const W = 60_000 * scale;
const limits = { rpm: 60, tpm: 6000 };
// Four tsx processes start, run 5 W and exit: on a loaded machine start-up alone can take minutes.
const longRun = 600_000;

/** Runs four processes with skewed clocks against one key; returns every admission they report. */
async function run(
  server: RedisServer,
  durationMs: number,
  during?: (admissions: readonly Admission[]) => Promise<void>,
): Promise<Admission[]> {
  const admissions: Admission[] = [];
  const children = [-2000, 0, 500, 2000].map((offset) =>
    fork(fixture('worker'), [], {
      execArgv,
      env: {
        ...process.env,
        REDIS_URL: server.url,
        OFFSET_MS: String(offset),
        LIMITS: JSON.stringify(limits),
        TIME_SCALE: String(scale),
        DURATION_MS: String(durationMs),
        SHARE: '0.25',
        RECOVER_MS: String(W + 500),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  for (const child of children) child.on('message', (message) => admissions.push(message as Admission));
  const exited = Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  await during?.(admissions);
  await exited;
  return admissions.sort((a, b) => a.at - b.at);
}

describe('one API key shared by four processes on Redis', () => {
  let server: RedisServer | undefined;
  afterEach(async () => {
    await server?.kill();
  });

  it(
    'never goes over, with clocks 2 s apart, and uses ≥ 90 % of the binding limit',
    async () => {
      server = await startRedis();
      const duration = 5 * W;
      const admissions = await run(server, duration);
      const { worstRequests, worstTokens } = worstSpans(admissions, W, limits);
      expect(worstRequests).toBeLessThanOrEqual(1);
      expect(worstTokens).toBeLessThanOrEqual(1);
      // Steady state: after the first window, until the end
      const first = admissions[0]?.at ?? 0;
      const steady = admissions.filter((a) => a.at >= first + W && a.at < first + duration);
      const utilisation =
        Math.max(steady.length / limits.rpm, steady.reduce((total, a) => total + a.tokens, 0) / limits.tpm) /
        ((duration - W) / W);
      expect(utilisation).toBeGreaterThanOrEqual(0.9);
      expect(admissions.every((a) => a.mode === 'redis')).toBe(true);
    },
    longRun,
  );

  it(
    'never goes over when Redis crashes and restarts empty mid-run',
    async () => {
      server = await startRedis();
      const redis = server;
      const admissions = await run(redis, 5 * W, async (sofar) => {
        // Crash in the middle of the third window's burst of admissions
        while (sofar.length < 2 * limits.rpm * 0.8 + 10)
          await new Promise((resolve) => setTimeout(resolve, 20));
        await redis.kill();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await redis.start();
      });
      const { worstRequests, worstTokens } = worstSpans(admissions, W, limits);
      expect(worstRequests).toBeLessThanOrEqual(1);
      expect(worstTokens).toBeLessThanOrEqual(1);
      expect(admissions.some((a) => a.mode === 'local')).toBe(true); // they kept serving while it was away
      expect(admissions.length).toBeGreaterThan(limits.rpm * 2);
    },
    longRun,
  );

  it(
    'gives a killed process’s CONN leases back after their expiry, never sooner, and not while it renews them',
    async () => {
      server = await startRedis();
      const leaseMs = 1000;
      const holder = fork(fixture('holder'), [], {
        execArgv,
        env: { ...process.env, REDIS_URL: server.url, LEASE_MS: String(leaseMs) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let renewedAt = 0;
      await new Promise<void>((resolve) =>
        holder.on('message', (message: { held?: number; renewedAt?: number }) => {
          if (message.renewedAt) renewedAt = message.renewedAt;
          if (message.held) resolve();
        }),
      );
      const client = new Redis(server.url);
      const store = redisStore({ ...patient, client });
      const survivor = createLimiter({ key: 'held', limits: { m: { conn: 2 } }, leaseMs, store });
      try {
        // Renewed, the leases outlive their first expiry
        await new Promise((resolve) => setTimeout(resolve, 2 * leaseMs));
        expect((await survivor.tryAcquire({ scope: 'm', conn: true })).ok).toBe(false);
        holder.kill('SIGKILL');
        await new Promise((resolve) => holder.once('exit', resolve));
        const killedAt = Date.now();
        const lease = await survivor.acquire({ scope: 'm', conn: true });
        // On this machine's clock, as `renewedAt` is (the lease's own time is the store's estimate
        // of Redis TIME, which can read a round trip early).
        expect(Date.now()).toBeGreaterThanOrEqual(renewedAt + leaseMs);
        expect(lease.admittedAt).toBeLessThan(killedAt + leaseMs + 500);
      } finally {
        store.close();
        client.disconnect();
      }
    },
    longRun,
  );
});
