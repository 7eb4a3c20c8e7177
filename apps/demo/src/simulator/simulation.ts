import {
  createMiniMaxClient,
  type MiniMaxClient,
  QuotaExceededError,
  RateLimitError,
} from '@minimax-kit/client';
import {
  type AccountTier,
  type PlanTier,
  type Region,
  regions,
  type TokenPlanRemains,
} from '@minimax-kit/core';
import {
  BudgetExceededError,
  createLedger,
  createLimiter,
  type Ledger,
  type Limiter,
} from '@minimax-kit/limiter';
import { createMockMiniMax } from '@minimax-kit/mock';
import { bindingPerMinute, onDemoClock, pause, planLimits } from './plan-limits.ts';

/** The kinds of request the simulator can send, each on its own MiniMax limits. */
export const workloads = {
  text: { model: 'MiniMax-M2', planModel: 'MiniMax-M2.7' },
  speech: { model: 'speech-2.6-hd', planModel: 'speech-2.6-hd' },
  image: { model: 'image-01', planModel: 'image-01' },
  music: { model: 'music-2.0', planModel: 'music-2.0' },
} as const;
export type Workload = keyof typeof workloads;

/** The model a workload calls: a Token Plan covers MiniMax-M2.7 rather than MiniMax-M2. */
export const modelOf = (workload: Workload, plan: SimulationOptions['plan']) =>
  plan === 'none' ? workloads[workload].model : workloads[workload].planModel;

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

export interface Simulation {
  readonly options: SimulationOptions;
  readonly limiter: Limiter;
  /** Every call the limiter let through, with its exact cost. */
  readonly ledger: Ledger;
  readonly client: MiniMaxClient;
  readonly stats: Record<Workload, WorkloadStats>;
  /** Requests per simulated minute offered to each workload. */
  readonly rates: Record<Workload, number>;
  /** The plan's `/v1/token_plan/remains`, with reset times on the demo's clock; undefined without a plan. */
  remains(): Promise<TokenPlanRemains | undefined>;
  stop(): void;
}

/** A workload sheds new requests while this many of its own wait or run. */
export const maxOutstanding = 40;

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
    options,
    limiter,
    ledger,
    client,
    stats,
    rates,
    remains,
    stop() {
      for (const timer of timers) clearInterval(timer);
      abort.abort();
    },
  };
}

/** One request of a workload: small, so the limits bind rather than the machine. */
function call(
  client: MiniMaxClient,
  workload: Workload,
  model: string,
  signal: AbortSignal,
): Promise<unknown> {
  switch (workload) {
    case 'text':
      return client.chat.create(
        { model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 16 },
        { signal },
      );
    case 'speech':
      return client.speech.create(
        { model, text: '你好', voice_setting: { voice_id: 'female-shaonv' } },
        { signal },
      );
    case 'image':
      return client.images.generate({ model, prompt: 'a dot', response_format: 'url' }, { signal });
    case 'music':
      return client.music.generate(
        { model, prompt: 'a hum', lyrics: 'la', output_format: 'url' },
        { signal },
      );
  }
}
