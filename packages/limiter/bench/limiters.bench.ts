// @minimax-kit/limiter beside Bottleneck, p-queue and rate-limiter-flexible, in one run:
//   1. decisions per second: acquire → release with limits that never bind (real time);
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
const W = 60_000;

/** Decisions per second, one after another and with 64 in flight: the median of three ~1 s rounds. */
async function perSecond(cycle: () => Promise<unknown>): Promise<[number, number]> {
  const rate = async (batch: number) => {
    const rates: number[] = [];
    for (let n = 0; n < 3; n++) {
      const started = performance.now();
      let done = 0;
      while (performance.now() - started < roundMs) {
        for (let i = 0; i < 100; i += batch) await Promise.all(Array.from({ length: batch }, cycle));
        done += 100;
      }
      rates.push(done / ((performance.now() - started) / 1000));
    }
    return rates.sort((a, b) => a - b)[1] as number;
  };
  await rate(1);
  return [await rate(1), await rate(64)];
}

async function decisions() {
  const huge = { rpm: 1e12, tpm: 1e15 };
  const ours = createLimiter({ limits: { s: huge }, guardMs: 0, store: memoryStore() });
  const bottleneck = new Bottleneck({ reservoir: 1e12 });
  const queue = new PQueue({ intervalCap: 1e12, interval: W, strict: true });
  const flexible = new RateLimiterMemory({ points: 1e12, duration: 60 });
  const noop = async () => {};
  return [
    [
      '@minimax-kit/limiter (RPM + TPM, one decision)',
      await perSecond(async () => (await ours.acquire({ scope: 's', tokens: 10 })).release()),
    ],
    ['bottleneck (reservoir)', await perSecond(() => bottleneck.schedule(noop))],
    ['p-queue (strict interval)', await perSecond(() => queue.add(noop))],
    ['rate-limiter-flexible (memory, one limit)', await perSecond(() => flexible.consume('key', 1))],
  ] as const;
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

console.log('\nDecisions per second, acquire → release, limits that never bind (median of three rounds)\n');
const speed = await decisions();
const fastest = (column: 0 | 1) => Math.max(...speed.slice(1).map(([, rates]) => rates[column]));
const format = (rate: number) => Math.round(rate).toLocaleString('en');
console.log('| limiter | one at a time / s | vs fastest peer | 64 in flight / s | vs fastest peer |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, [sequential, concurrent]] of speed) {
  console.log(
    `| ${name} | ${format(sequential)} | ${(sequential / fastest(0)).toFixed(2)} | ${format(concurrent)} | ${(concurrent / fastest(1)).toFixed(2)} |`,
  );
}

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
