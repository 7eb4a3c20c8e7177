import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patient, type RedisServer, startRedis } from '../../../../test/redis-server.ts';
import { type Spent, worstWindow } from '../budgets/__fixtures__/budget-traffic.js';
import { toSubUnits } from '../budgets/money-units.js';
import { createLimiter } from '../create-limiter.js';
import { redisStore } from './redis-store.js';

const worker = fileURLToPath(new URL('./__fixtures__/budget-worker.ts', import.meta.url));
const execArgv = ['--conditions=@minimax-kit/source', '--import', 'tsx'];
const timeScale = 0.0002; // an hour of 720 ms
const W = 3_600_000 * timeScale;
// Four tsx processes start and run: on a loaded machine start-up alone can take minutes.
const longRun = 600_000;

let server: RedisServer;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server?.kill();
});

async function spendFromFourProcesses(onExceed: 'wait' | 'reject'): Promise<Spent[]> {
  const spent: Spent[] = [];
  const children = Array.from({ length: 4 }, () =>
    fork(worker, [], {
      execArgv,
      env: { ...process.env, REDIS_URL: server.url, TIME_SCALE: String(timeScale), ON_EXCEED: onExceed },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  for (const child of children) child.on('message', (message) => spent.push(...(message as Spent[])));
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  return spent.sort((a, b) => a.at - b.at);
}

describe('one budget spent by four processes on Redis', () => {
  it.each(['wait', 'reject'] as const)(
    'never spends above the amount in any window (Redis TIME) and leaks no reservation (onExceed %s)',
    async (onExceed) => {
      const spent = await spendFromFourProcesses(onExceed);
      expect(spent.length).toBeGreaterThan(0);
      expect(worstWindow(spent, W)).toBeLessThanOrEqual(toSubUnits('1'));
      const client = new Redis(server.url);
      const store = redisStore({ ...patient, client });
      const limiter = createLimiter({
        key: 'shared-budget',
        store,
        timeScale,
        budgets: [{ id: 'b', amount: '1', currency: 'USD', per: 'hour' }],
      });
      expect((await limiter.refresh()).budgets[0]?.reserved).toBe('0');
      await limiter.close();
      await store.close();
      client.disconnect();
    },
    longRun,
  );
});
