import { createMiniMaxClient, type MiniMaxClient } from '@minimax-kit/client';
import {
  type AccountTier,
  type PlanTier,
  type Region,
  regions,
  type TokenPlanRemains,
} from '@minimax-kit/core';
import { createLedger, createLimiter, type Ledger, type Limiter } from '@minimax-kit/limiter';
import { createMockMiniMax } from '@minimax-kit/mock';
import { onDemoClock, pause, planLimits } from './plan-limits.ts';
import { startTraffic, type Traffic } from './traffic.ts';
import type { Workload } from './workloads.ts';

export interface SimulationOptions {
  region: Region;
  tier: AccountTier;
  /** A Token Plan (an `sk-cp-` key), or pay-as-you-go (an `sk-api-` key). */
  plan: PlanTier | 'none';
  mix: Workload[];
  /** Offered load as a multiple of each workload's binding limit (its RPM, or its share of the plan window). */
  load: number;
  limiter: boolean;
  /** Simulated seconds per real second: at 10, a rate-limit minute passes in 6 s. */
  speed: number;
  /** A budget per (simulated) day in the region's currency, as a decimal string; none when empty. */
  budget: string;
}

export interface Simulation extends Traffic {
  readonly options: SimulationOptions;
  readonly limiter: Limiter;
  /** Every call the limiter let through, with its exact cost. */
  readonly ledger: Ledger;
  readonly client: MiniMaxClient;
  /** The plan's `/v1/token_plan/remains`, with reset times on the demo's clock; undefined without a plan. */
  remains(): Promise<TokenPlanRemains | undefined>;
}

/**
 * Starts traffic at `load` × each workload's RPM from @minimax-kit/core against an in-browser
 * @minimax-kit/mock whose clock runs `speed` times faster, through the client — with the limiter
 * keeping every limit, or without it.
 */
export async function startSimulation(options: SimulationOptions, onChange: () => void): Promise<Simulation> {
  const { region, tier, plan, speed } = options;
  // The mock's clock is the real one times `speed`, so its days and windows line up with the limiter's scaled ones.
  const now = () => Date.now() * speed;
  const key = plan === 'none' ? 'sk-api-simulator' : 'sk-cp-simulator';
  const mock = createMockMiniMax({
    region,
    tier,
    now,
    sleep: (ms, signal) => pause(ms / speed, signal),
    keys: [plan === 'none' ? { key, balance: '1000000' } : { key, plan: { tier: plan } }],
  });
  // The mock's key exists only inside the mock; it is no secret.
  const direct = createMiniMaxClient({
    apiKey: key,
    region,
    fetch: mock.fetch,
    maxRetries: 0,
    dangerouslyAllowBrowser: true,
  });
  const remains = async () => {
    if (plan === 'none') return undefined;
    const { remains } = await direct.quota.retrieve();
    return onDemoClock(remains, speed);
  };
  const planLimit = plan === 'none' ? undefined : planLimits((await remains()) as TokenPlanRemains);
  const limiter = createLimiter({
    region,
    tier,
    key,
    timeScale: 1 / speed,
    // The guard covers the time between the limiter's admission and the mock's own check. Here both
    // share one busy tab whose delays the fast clock magnifies: 3 s real is 30 s simulated. It costs
    // a third of each window, and keeps even a heavily loaded two-core machine from being refused.
    guardMs: 3000,
    ...(planLimit ? { plan: planLimit } : {}),
    ...(options.budget
      ? {
          budgets: [
            { id: 'daily', amount: options.budget, currency: regions[region].currency, per: 'day' as const },
          ],
        }
      : {}),
  });
  const ledger = createLedger();
  const client = options.limiter
    ? createMiniMaxClient({
        apiKey: key,
        region,
        fetch: mock.fetch,
        limiter: { wrap: (fetch) => limiter.wrap(fetch, { onRecord: ledger.add }) },
        maxRetries: 0,
        dangerouslyAllowBrowser: true,
      })
    : direct;

  return { options, limiter, ledger, client, remains, ...startTraffic(client, options, planLimit, onChange) };
}
