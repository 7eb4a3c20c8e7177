import { type MiniMaxClient, QuotaExceededError, RateLimitError } from '@minimax-kit/client';
import { BudgetExceededError, type PlanLimits } from '@minimax-kit/limiter';
import { bindingPerMinute } from './plan-limits.ts';
import type { SimulationOptions } from './simulation.ts';
import { call, modelOf, type Workload } from './workloads.ts';

/** What happened to one workload's requests. */
export interface WorkloadStats {
  offered: number;
  /** Not sent: this many were already waiting or running (the generator sheds load instead of queueing forever). */
  shed: number;
  done: number;
  /** Refused by the server for a rate limit or quota (1002, 1039, 2056, HTTP 429 …). */
  rejected: number;
  /** Not sent: the limiter's budget had no room for its worst case. */
  overBudget: number;
  /** Any other failure (should stay 0). */
  failed: number;
  outstanding: number;
  lastError?: string;
}

/** A workload sheds new requests while this many of its own wait or run. */
export const maxOutstanding = 40;

/** Requests on their way: what happened to each workload's, the rates offered, and how to stop them. */
export interface Traffic {
  readonly stats: Record<Workload, WorkloadStats>;
  /** Requests per simulated minute offered to each workload. */
  readonly rates: Record<Workload, number>;
  stop(): void;
}

/**
 * Sends each workload of the mix through `client` at `load` × its binding limit, on a clock
 * `speed` times faster; `onChange` after every answer.
 */
export function startTraffic(
  client: MiniMaxClient,
  options: SimulationOptions,
  planLimit: PlanLimits | undefined,
  onChange: () => void,
): Traffic {
  const { region, tier, plan, speed } = options;
  const stats = Object.fromEntries(
    options.mix.map((workload) => [
      workload,
      { offered: 0, shed: 0, done: 0, rejected: 0, overBudget: 0, failed: 0, outstanding: 0 },
    ]),
  ) as Record<Workload, WorkloadStats>;
  const rates = {} as Record<Workload, number>;
  const abort = new AbortController();
  const timers: ReturnType<typeof setInterval>[] = [];

  for (const workload of options.mix) {
    const model = modelOf(workload, plan);
    rates[workload] = bindingPerMinute(region, tier, model, planLimit) * options.load;
    const every = 60_000 / speed / rates[workload];
    const send = () => {
      const s = stats[workload];
      s.offered++;
      if (s.outstanding >= maxOutstanding) {
        s.shed++;
        return;
      }
      s.outstanding++;
      call(client, workload, model, abort.signal)
        .then(() => s.done++)
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          if (error instanceof BudgetExceededError) {
            s.overBudget++;
            return;
          }
          if (error instanceof RateLimitError || error instanceof QuotaExceededError) s.rejected++;
          else s.failed++;
          s.lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        })
        .finally(() => {
          s.outstanding--;
          onChange();
        });
    };
    timers.push(setInterval(send, every));
  }

  return {
    stats,
    rates,
    stop() {
      for (const timer of timers) clearInterval(timer);
      abort.abort();
    },
  };
}
