// @minimax-kit/limiter's redisStore beside Bottleneck's Redis mode and rate-limiter-flexible's
// RateLimiterRedis, all on one real redis-server on loopback, in one run:
//   1. decisions per second at concurrency 1, 8, 32 and 128 (limits that never bind; medians of
//      rounds taken round-robin over the contenders); commands sent per decision (round trips), and
//      commands Redis ran per decision, scripts' own calls included;
//   2. accuracy on the memory bench's workloads, in real time scaled so a minute lasts 1 s
//      (rate-limiter-flexible counts whole seconds, so 1 s is the shortest window all can keep).

import { startRedis } from '../../../test/redis-server.ts';
import { decisionSpeeds } from './decision-rounds.js';
import {
  type Adapter,
  driveBottleneck,
  driveFlexible,
  driveOurs,
  type Limits,
  type Record,
  reservoir,
} from './peers.js';
import { redisLimiters } from './redis-limiters.js';
import { type Arrival, judge, workloads } from './workloads.js';

const roundMs = Number(process.env.BENCH_ROUND_MS ?? 1000);
const roundCount = Number(process.env.BENCH_ROUNDS ?? 5);
const scale = 1 / 60;
const W = 60_000 * scale;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startRedis();
const { client, ours, bottleneck, flexible, close } = redisLimiters(server, W);

const levels = [1, 8, 32, 128];
// Commands per decision: two significant digits below 1 (claims ahead make them rare), one decimal above.
const perDecision = (n: number) => (n > 0 && n < 1 ? n.toPrecision(2) : n.toFixed(1));

async function decisions() {
  const huge = { rpm: 1e12, tpm: 1e15 };
  const noop = async () => {};
  const limiter = ours(huge, 1);
  const unclaimed = ours(huge, 1, {}, 0);
  const withBudget = ours(huge, 1, {
    budgets: [{ id: 'daily', amount: '1000000', currency: 'USD', per: 'day' }],
  });
  const cost = { amount: '0.000123', currency: 'USD' } as const;
  const withSlots = ours({ rpm: 1e12, conn: 1e9 }, 1);
  const bottleneckLimiter = bottleneck({ reservoir: 1e12 });
  await bottleneckLimiter.ready();
  const flexibleLimiter = flexible(1e12);
  const flexibleTokens = flexible(1e15);
  // Each cycle is what a caller writes, in an async function: it awaits every call the library asks
  // for (here, acquire and release; a peer without leases, its one call).
  const contenders: [string, () => Promise<unknown>][] = [
    [
      '@minimax-kit/limiter redisStore (RPM + TPM, one decision)',
      async () => {
        const lease = await limiter.acquire({ scope: 's', tokens: 10 });
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter redisStore (RPM + TPM, every decision in Redis: claimAhead 0)',
      async () => {
        const lease = await unclaimed.acquire({ scope: 's', tokens: 10 });
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter redisStore (RPM + TPM + a budget, one decision; release spends the reservation)',
      async () => {
        const lease = await withBudget.acquire({ scope: 's', tokens: 10, cost });
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter redisStore (RPM + CONN, one decision; release frees the slot)',
      async () => {
        const lease = await withSlots.acquire({ scope: 's', conn: true });
        await lease.release();
      },
    ],
    [
      'bottleneck 2.19.5, Redis mode (reservoir)',
      async () => {
        await bottleneckLimiter.schedule(noop);
      },
    ],
    [
      'rate-limiter-flexible 11.4.0, RateLimiterRedis (one limit)',
      async () => {
        await flexibleLimiter.consume('key', 1);
      },
    ],
    [
      'rate-limiter-flexible 11.4.0, RateLimiterRedis (RPM + TPM: two limiters, as below)',
      async () => {
        await flexibleLimiter.consume('key', 1);
        await flexibleTokens.consume('key', 10);
      },
    ],
  ];
  return decisionSpeeds(client, contenders, levels, { roundMs, roundCount });
}

/** The same adapters as the memory bench, on Redis, in scaled real time. */
const adapters: {
  name: string;
  create(limits: Limits, record: Record): Adapter;
}[] = [
  {
    name: '@minimax-kit/limiter redisStore',
    create: (limits, record) => driveOurs(ours(limits, scale), record),
  },
  {
    name: 'bottleneck 2.19.5 (Redis)',
    create: (limits, record) =>
      driveBottleneck(
        bottleneck(reservoir(limits.rpm, W)),
        bottleneck(reservoir(limits.tpm, W)),
        limits,
        record,
      ),
  },
  {
    name: 'rate-limiter-flexible 11.4.0 (Redis)',
    create: (limits, record) => driveFlexible(flexible(limits.rpm), flexible(limits.tpm), record),
  },
];

try {
  console.log(
    '\nDecisions per second on Redis (loopback), limits that never bind; Redis commands per decision\n',
  );
  const speed = await decisions();
  const peers = speed.filter(([name]) => !name.startsWith('@minimax-kit/'));
  const best = (column: number) => Math.max(...peers.map(([, speeds]) => speeds[column]?.rate ?? 0));
  const format = (rate: number) => Math.round(rate).toLocaleString('en');
  console.log(`| limiter | ${levels.map((n) => `${n} in flight / s | ×best peer`).join(' | ')} |`);
  console.log(`| --- |${' ---: | ---: |'.repeat(levels.length)}`);
  for (const [name, speeds] of speed) {
    const cells = speeds.map(({ rate }, i) => `${format(rate)} | ${(rate / best(i)).toFixed(2)}`);
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  console.log(
    "\nCommands per decision: sent by the client (round trips) / run inside Redis (scripts' own calls included)\n",
  );
  console.log(`| limiter | ${levels.map((n) => `${n} in flight`).join(' | ')} |`);
  console.log(`| --- |${' ---: |'.repeat(levels.length)}`);
  for (const [name, speeds] of speed)
    console.log(
      `| ${name} | ${speeds.map(({ sent, ran }) => `${perDecision(sent)} / ${perDecision(ran)}`).join(' | ')} |`,
    );

  for (const workload of workloads()) {
    console.log(`\n${workload.name}, ${workload.minutes} minutes of ${W / 1000} s\n`);
    console.log('| limiter | violations | worst window / limit | utilisation of the binding limit |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const adapter of adapters) {
      const arrivals: Arrival[] = [];
      const runner = adapter.create(workload.limits, (requests, tokens) =>
        arrivals.push({ at: Date.now(), requests, tokens }),
      );
      const startedAt = Date.now();
      const runs = workload.arrivals.map(async ({ at, job }) => {
        await sleep(at * scale);
        await runner.run({ ...job, durationMs: job.durationMs * scale });
      });
      await sleep(workload.minutes * W);
      const result = judge(workload, arrivals, W, startedAt);
      console.log(
        `| ${adapter.name} | ${result.violations} | ${result.peak.toFixed(2)} | ${(result.utilisation * 100).toFixed(1)} % |`,
      );
      // Let the rest drain before the next contender shares the server
      await Promise.race([Promise.allSettled(runs), sleep(W)]);
    }
  }
} finally {
  await close();
  await server.kill();
}
