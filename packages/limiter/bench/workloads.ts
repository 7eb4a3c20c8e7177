// The workloads of the accuracy comparison, in simulated time. Random draws follow a fixed seed.
import type { Job, Limits } from './peers.js';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lognormal = (next: () => number, median: number, p99: number) => {
  const sigma = Math.log(p99 / median) / 2.326;
  const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return median * Math.exp(sigma * z);
};

/** A workload: limits, the binding dimension, how long to run, and when each job arrives. */
export interface Workload {
  name: string;
  limits: Limits;
  binding: 'rpm' | 'tpm';
  minutes: number;
  arrivals: { at: number; job: Job }[];
}

const minute = 60_000;

export function workloads(): Workload[] {
  const next = random(42);
  const saturated: Workload = {
    name: 'saturated RPM (60 RPM, 3× offered)',
    limits: { rpm: 60, tpm: 1e12 },
    binding: 'rpm',
    minutes: 10,
    arrivals: Array.from({ length: 1800 }, (_, i) => ({
      at: (i * minute) / 180,
      job: { reserve: 100, actual: 100, durationMs: 1000 },
    })),
  };
  const heavy: Workload = {
    name: 'heavy-tailed TPM (200k TPM, output unknown until done, 3× offered)',
    limits: { rpm: 10_000, tpm: 200_000 },
    binding: 'tpm',
    minutes: 10,
    arrivals: Array.from({ length: 1200 }, (_, i) => {
      const input = Math.round(lognormal(next, 1500, 15_000));
      const maxOutput = 4000;
      return {
        at: (i * minute) / 120,
        job: {
          reserve: input + maxOutput,
          actual: input + Math.round(maxOutput * (0.1 + 0.9 * next())),
          durationMs: Math.round(lognormal(next, 3000, 30_000)),
        },
      };
    }),
  };
  const bursts: Workload = {
    name: 'bursts at window boundaries (60 RPM)',
    limits: { rpm: 60, tpm: 1e12 },
    binding: 'rpm',
    minutes: 6,
    arrivals: [0, 1, 2, 3, 4, 5].flatMap((m) =>
      [m * minute + 59_500, m * minute + 60_500].flatMap((at) =>
        Array.from({ length: 60 }, () => ({ at, job: { reserve: 1, actual: 1, durationMs: 10 } })),
      ),
    ),
  };
  return [saturated, heavy, bursts];
}

/** A job as it reached MiniMax: when, and what it used. */
export interface Arrival {
  at: number;
  requests: number;
  tokens: number;
}

/**
 * An exact oracle: violations of "at most the limit in any span of `windowMs`", the worst span as a
 * share of the binding limit, and the utilisation of that limit over the workload (from `startedAt`).
 */
export function judge(workload: Workload, arrivals: Arrival[], windowMs: number, startedAt = 0) {
  arrivals.sort((a, b) => a.at - b.at);
  let violations = 0;
  let peak = 0;
  let start = 0;
  let requests = 0;
  let tokens = 0;
  for (const arrival of arrivals) {
    requests += arrival.requests;
    tokens += arrival.tokens;
    while ((arrivals[start] as Arrival).at <= arrival.at - windowMs) {
      requests -= (arrivals[start] as Arrival).requests;
      tokens -= (arrivals[start] as Arrival).tokens;
      start += 1;
    }
    if (requests > workload.limits.rpm || tokens > workload.limits.tpm) violations += 1;
    peak = Math.max(
      peak,
      workload.binding === 'rpm' ? requests / workload.limits.rpm : tokens / workload.limits.tpm,
    );
  }
  const duration = workload.minutes * windowMs;
  const used = arrivals
    .filter((a) => a.at - startedAt < duration)
    .reduce((total, a) => total + (workload.binding === 'rpm' ? a.requests : a.tokens), 0);
  const allowed = (workload.binding === 'rpm' ? workload.limits.rpm : workload.limits.tpm) * workload.minutes;
  return { violations, peak, utilisation: used / allowed };
}
