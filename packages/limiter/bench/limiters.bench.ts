// @minimax-kit/limiter beside Bottleneck, p-queue and rate-limiter-flexible, in one run:
//   1. decisions per second: acquire → release with limits that never bind (real time), at 1,
//      64 and 1,000 in flight, medians of rounds taken round-robin;
//   2. accuracy on the same workloads (simulated time): violations of "at most L in any 60 s"
//      found by an exact oracle, the worst 60 s span as a share of the limit, and utilisation.

import { createLimiter, memoryStore } from '@minimax-kit/limiter';
import FakeTimers from '@sinonjs/fake-timers';
import Bottleneck from 'bottleneck';
import PQueue from 'p-queue';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { peers } from './peers.js';
import { type Arrival, judge, type Workload, workloads } from './workloads.js';

const roundMs = Number(process.env.BENCH_ROUND_MS ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const inFlight = [1, 64, 1000] as const;
const W = 60_000;

/** Decisions per second of `cycle` with `batch` in flight, for about `roundMs`. */
async function rate(cycle: () => Promise<unknown>, batch: number): Promise<number> {
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < roundMs) {
    for (let i = 0; i < Math.max(100, batch); i += batch) {
      if (batch === 1) await cycle();
      else await Promise.all(Array.from({ length: batch }, cycle));
      done += batch;
    }
  }
  return done / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Decisions per second of every limiter at 1, 64 and 1,000 in flight: rounds go round-robin over
 * the limiters (a busy machine slows them alike), and each figure is the median of its rounds.
 */
async function decisions() {
  const huge = { rpm: 1e12, tpm: 1e15 };
  const ours = createLimiter({ limits: { s: huge }, guardMs: 0, store: memoryStore() });
  const oursRpm = createLimiter({ limits: { s: { rpm: 1e12 } }, guardMs: 0, store: memoryStore() });
  // The same limiter with a budget that never binds: each call reserves its worst case and, on
  // release, spends it (one more entry per lease, one more settle).
  const budgets = [{ id: 'daily', amount: '1000000', currency: 'USD', per: 'day' }] as const;
  const oursBudget = createLimiter({
    limits: { s: huge },
    guardMs: 0,
    store: memoryStore(),
    budgets: [...budgets],
  });
  const cost = { amount: '0.000123', currency: 'USD' } as const;
  const bottleneck = new Bottleneck({ reservoir: 1e12 });
  const queue = new PQueue({ intervalCap: 1e12, interval: W, strict: true });
  const flexible = new RateLimiterMemory({ points: 1e12, duration: 60 });
  const flexibleTpm = new RateLimiterMemory({ points: 1e15, duration: 60 });
  const noop = async () => {};
  // The shape of our cycle with no decision in it: two awaits, a clock read and a lease-sized object.
  const origin = performance.timeOrigin;
  const settled = Promise.resolve();
  class Shape {
    constructor(readonly admittedAt: number) {}
    release() {
      return settled;
    }
  }
  // Each cycle is what a caller writes, in an async function: it awaits every call the library asks
  // for (here, acquire and release; a peer without leases, its one call).
  const limiters: [string, () => Promise<unknown>][] = [
    [
      '@minimax-kit/limiter, RPM + TPM in one decision',
      async () => {
        const lease = await ours.acquire({ scope: 's', tokens: 10 });
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter, RPM + TPM + a budget in one decision',
      async () => {
        const lease = await oursBudget.acquire({ scope: 's', tokens: 10, cost });
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter, RPM only',
      async () => {
        const lease = await oursRpm.acquire({ scope: 's' });
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter, RPM + TPM in one decision, synchronous fast path (acquireNow ?? acquire)',
      async () => {
        const demand = { scope: 's', tokens: 10 };
        const lease = ours.acquireNow(demand) ?? (await ours.acquire(demand));
        await lease.release();
      },
    ],
    [
      '@minimax-kit/limiter, RPM only, synchronous fast path',
      async () => {
        const demand = { scope: 's' };
        const lease = oursRpm.acquireNow(demand) ?? (await oursRpm.acquire(demand));
        await lease.release();
      },
    ],
    [
      'reference: acquire → release with no decision (two awaits, a clock read, an object)',
      async () => {
        const lease = await Promise.resolve(new Shape(origin + performance.now()));
        await lease.release();
      },
    ],
    [
      'bottleneck (reservoir)',
      async () => {
        await bottleneck.schedule(noop);
      },
    ],
    [
      'p-queue (strict interval)',
      async () => {
        await queue.add(noop);
      },
    ],
    [
      'rate-limiter-flexible, one limit',
      async () => {
        await flexible.consume('key', 1);
      },
    ],
    [
      'rate-limiter-flexible, RPM + TPM (two limiters)',
      async () => {
        await flexible.consume('key', 1);
        await flexibleTpm.consume('key', 10);
      },
    ],
  ];
  const rates = limiters.map(() => inFlight.map(() => [] as number[]));
  for (const [, cycle] of limiters) await rate(cycle, 64); // warm up
  for (let round = 0; round < rounds; round++)
    for (const [i, [, cycle]] of limiters.entries())
      for (const [j, batch] of inFlight.entries()) rates[i]?.[j]?.push(await rate(cycle, batch));
  return limiters.map(([name], i) => [name, inFlight.map((_, j) => median(rates[i]?.[j] ?? []))] as const);
}

async function accuracy(workload: Workload, peer: (typeof peers)[number]) {
  const clock = FakeTimers.install({
    now: 0,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'],
  });
  try {
    const arrivals: Arrival[] = [];
    const adapter = peer.create(workload.limits, (requests, tokens) =>
      arrivals.push({ at: Date.now(), requests, tokens }),
    );
    for (const { at, job } of workload.arrivals) {
      setTimeout(() => {
        adapter.run(job).catch(() => {});
      }, at);
    }
    await clock.tickAsync(workload.minutes * W + 1);
    return judge(workload, arrivals, W);
  } finally {
    clock.uninstall();
  }
}

console.log(
  `\nDecisions per second, acquire → release, limits that never bind (medians of ${rounds} rounds of ${roundMs} ms)\n`,
);
const speed = await decisions();
const format = (rate: number) => Math.round(rate).toLocaleString('en');
const rateOf = (name: string, column: number) =>
  speed.find(([n]) => n.startsWith(name))?.[1][column] ?? Number.NaN;
console.log(`| limiter | ${inFlight.map((n) => `${n} in flight / s`).join(' | ')} |`);
console.log(`| --- | ${inFlight.map(() => '---:').join(' | ')} |`);
for (const [name, perColumn] of speed) console.log(`| ${name} | ${perColumn.map(format).join(' | ')} |`);
console.log('\nRatios at 1 / 64 / 1,000 in flight:\n');
const ratio = (ours: string, peer: string) =>
  inFlight.map((_, j) => `${(rateOf(ours, j) / rateOf(peer, j)).toFixed(2)}×`).join(' / ');
for (const [ours, peer] of [
  ['@minimax-kit/limiter, RPM + TPM in one decision, synchronous', 'rate-limiter-flexible, one limit'],
  ['@minimax-kit/limiter, RPM + TPM in one decision, synchronous', 'rate-limiter-flexible, RPM + TPM'],
  ['@minimax-kit/limiter, RPM only, synchronous', 'rate-limiter-flexible, one limit'],
  ['@minimax-kit/limiter, RPM + TPM + a budget', '@minimax-kit/limiter, RPM + TPM in one'],
  ['@minimax-kit/limiter, RPM + TPM', 'rate-limiter-flexible, RPM + TPM'],
  ['@minimax-kit/limiter, RPM + TPM', 'rate-limiter-flexible, one limit'],
  ['@minimax-kit/limiter, RPM + TPM', 'p-queue'],
  ['@minimax-kit/limiter, RPM only', 'rate-limiter-flexible, one limit'],
  ['@minimax-kit/limiter, RPM only', 'p-queue'],
  ['reference', 'rate-limiter-flexible, one limit'],
  ['@minimax-kit/limiter, RPM only', 'reference'],
] as const)
  console.log(`- ${ours} vs ${peer}: ${ratio(ours, peer)}`);

for (const workload of workloads()) {
  console.log(`\n${workload.name}, ${workload.minutes} simulated minutes\n`);
  console.log('| limiter | violations | worst 60 s span / limit | utilisation of the binding limit |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const peer of peers) {
    const result = await accuracy(workload, peer);
    console.log(
      `| ${peer.name} | ${result.violations} | ${result.peak.toFixed(2)} | ${(result.utilisation * 100).toFixed(1)} % |`,
    );
  }
}
console.log('\nHow each peer is driven:');
for (const peer of peers) console.log(`- ${peer.name}: ${peer.note}`);
