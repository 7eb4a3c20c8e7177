import type { Limiter } from '../../create-limiter.js';
import { fromSubUnits } from '../money-units.js';

/** One call of the traffic: what it may cost, and what befalls it. */
export interface TrafficCall {
  /** Worst case, in sub-units. */
  cost: number;
  startMs: number;
  /** Gives up waiting after this long (or never). */
  abortMs: number | undefined;
  outcome: 'settle' | 'fail' | 'unknown';
  /** The share of the worst case it really cost (settle). */
  share: number;
  /** How long after admission it settles or ends. */
  holdMs: number;
}

/** An admission as the oracle counts it: when the store admitted it, and what it finally cost. */
export interface Spent {
  at: number;
  cost: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `calls` at once against `limiter`: each starts after its delay, may give up waiting, and
 * once admitted fails before billing (cost 0), settles to a share of its worst case, or ends with
 * its bill unknown (spent at its reservation). Reports every admission with its final cost.
 */
export async function runTraffic(limiter: Limiter, calls: readonly TrafficCall[]): Promise<Spent[]> {
  const spent: Spent[] = [];
  await Promise.all(
    calls.map(async (call) => {
      await sleep(call.startMs);
      const signal = call.abortMs === undefined ? undefined : AbortSignal.timeout(call.abortMs);
      let lease: Awaited<ReturnType<Limiter['acquire']>>;
      try {
        lease = await limiter.acquire(
          { cost: { amount: fromSubUnits(call.cost), currency: 'USD' } },
          { signal },
        );
      } catch {
        return; // gave up, or refused: nothing reserved
      }
      await sleep(call.holdMs);
      const cost =
        call.outcome === 'fail'
          ? 0
          : call.outcome === 'settle'
            ? Math.floor(call.cost * call.share)
            : call.cost;
      if (call.outcome !== 'unknown') await lease.settle({ cost: fromSubUnits(cost) });
      await lease.release();
      spent.push({ at: lease.admittedAt, cost });
    }),
  );
  return spent.sort((a, b) => a.at - b.at);
}

/** The most any span of `windowMs` (by admission time) holds of final costs. */
export function worstWindow(spent: readonly Spent[], windowMs: number): number {
  let worst = 0;
  for (const a of spent) {
    const held = spent
      .filter((e) => e.at > a.at - windowMs && e.at <= a.at)
      .reduce((sum, e) => sum + e.cost, 0);
    worst = Math.max(worst, held);
  }
  return worst;
}
