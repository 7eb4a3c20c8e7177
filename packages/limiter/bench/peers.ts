// One adapter per limiter, each driven as faithfully as its API allows, so that the same workload
// runs through all of them. Gaps are named, not hidden.

import { createLimiter, type Limiter, memoryStore } from '@minimax-kit/limiter';
import Bottleneck from 'bottleneck';
import PQueue from 'p-queue';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/** One simulated MiniMax call: what it reserves, what it turns out to use, how long it runs. */
export interface Job {
  reserve: number;
  actual: number;
  durationMs: number;
}

/** Limits of the simulated account. */
export interface Limits {
  rpm: number;
  tpm: number;
}

/** Something that admits jobs; `record` is called at the instant a job is sent to MiniMax. */
export interface Adapter {
  run(job: Job): Promise<void>;
}

export type Record = (requests: number, tokens: number) => void;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drives @minimax-kit/limiter: reserve, send, settle to the actual use, release. */
export function driveOurs(limiter: Limiter, record: Record): Adapter {
  return {
    async run(job) {
      const lease = await limiter.acquire({ scope: 's', tokens: job.reserve });
      record(1, job.actual);
      await sleep(job.durationMs);
      await lease.settle({ tokens: job.actual });
      await lease.release();
    },
  };
}

/** A Bottleneck reservoir of `amount` refilled every `windowMs`. */
export const reservoir = (amount: number, windowMs: number) => ({
  reservoir: amount,
  reservoirRefreshAmount: amount,
  reservoirRefreshInterval: windowMs,
});

/** Drives two Bottleneck reservoirs: RPM, then TPM weighted by the reservation, refunded afterwards. */
export function driveBottleneck(rpm: Bottleneck, tpm: Bottleneck, limits: Limits, record: Record): Adapter {
  return {
    async run(job) {
      const weight = Math.min(job.reserve, limits.tpm);
      await rpm.schedule(() => tpm.schedule({ weight }, async () => record(1, job.actual)));
      await sleep(job.durationMs);
      await tpm.incrementReservoir(Math.max(0, weight - job.actual));
    },
  };
}

/** What the bench uses of a rate-limiter-flexible limiter, memory or Redis. */
interface Flexible {
  consume(key: string, points: number): Promise<unknown>;
  reward(key: string, points: number): Promise<unknown>;
}

/** Drives two rate-limiter-flexible limiters in turn, giving the RPM point back when TPM refuses. */
export function driveFlexible(rpm: Flexible, tpm: Flexible, record: Record): Adapter {
  // A refusal waits its turn; an Error (a store gone at the end of a run) ends the job.
  const wait = (refusal: unknown) => {
    if (refusal instanceof Error) throw refusal;
    return sleep((refusal as RateLimiterRes).msBeforeNext);
  };
  return {
    async run(job) {
      for (;;) {
        try {
          await rpm.consume('key', 1);
        } catch (refusal) {
          await wait(refusal);
          continue;
        }
        try {
          await tpm.consume('key', job.reserve);
          break;
        } catch (refusal) {
          await rpm.reward('key', 1);
          await wait(refusal);
        }
      }
      record(1, job.actual);
      await sleep(job.durationMs);
      await tpm.reward('key', Math.max(0, job.reserve - job.actual));
    },
  };
}

export const peers: { name: string; note: string; create(limits: Limits, record: Record): Adapter }[] = [
  {
    name: '@minimax-kit/limiter',
    note: 'sliding logs for RPM and TPM, one all-or-nothing decision, reserve then settle to actual',
    create: (limits, record) =>
      driveOurs(
        createLimiter({ limits: { s: limits }, guardMs: 0, store: memoryStore({ now: Date.now }) }),
        record,
      ),
  },
  {
    name: 'bottleneck 2.19.5',
    note: 'two reservoirs refreshed every minute (RPM; TPM weighted by the reservation), refund via incrementReservoir',
    create: (limits, record) =>
      driveBottleneck(
        new Bottleneck(reservoir(limits.rpm, 60_000)),
        new Bottleneck(reservoir(limits.tpm, 60_000)),
        limits,
        record,
      ),
  },
  {
    name: 'p-queue 9.3.5',
    note: 'strict sliding interval for RPM; it has no notion of token weight, so TPM is not limited',
    create(limits, record) {
      const queue = new PQueue({ intervalCap: limits.rpm, interval: 60_000, strict: true });
      return {
        async run(job) {
          await queue.add(async () => record(1, job.actual));
          await sleep(job.durationMs);
        },
      };
    },
  },
  {
    name: 'rate-limiter-flexible 11.4.0 (memory)',
    note: 'fixed windows from first hit for RPM and TPM, sequential with reward on refusal, wait msBeforeNext',
    create: (limits, record) =>
      driveFlexible(
        new RateLimiterMemory({ points: limits.rpm, duration: 60 }),
        new RateLimiterMemory({ points: limits.tpm, duration: 60 }),
        record,
      ),
  },
];
