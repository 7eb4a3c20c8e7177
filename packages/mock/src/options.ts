import type { AccountTier, Limits, PlanKind, PlanTier, Region } from '@minimax-kit/core';
import type { FaultRule } from './faults/fault.js';

/** A Token Plan attached to an `sk-cp-` key. */
export interface MockPlan {
  /** `plus` when absent. */
  tier?: PlanTier;
  /** `highspeed` plans add MiniMax-M*-highspeed; `standard` when absent. */
  kind?: PlanKind;
  /** Text requests per rolling 5-hour window; the reported size for the region and tier when absent. */
  windowRequests?: number;
  /** When the plan was bought; plans bought from 2026-03-23 have a weekly cap. Now when absent. */
  purchasedAt?: string | number | Date;
  /** Daily quotas by bucket (`speech-hd` characters, `image-01` images, `video` clips, `music` songs …). */
  daily?: Record<string, number>;
  /** Whether Credits cover overflow within plan coverage (the mock does not meter Credits). */
  credits?: boolean;
}

/** One API key the mock accepts. Its prefix (`sk-api-` / `sk-cp-`) decides what it draws from. */
export interface MockKey {
  key: string;
  /** The region that issued it; the mock's region when absent. A key used in the other region's requests gets 1004. */
  region?: Region;
  /** Keys of one account (a main account and its sub-accounts) share every rate limit. */
  account?: string;
  /** Pay-as-you-go balance in the region's currency, as a decimal string; `"100"` when absent. */
  balance?: string;
  /** The Token Plan of an `sk-cp-` key; a `plus` plan when absent. */
  plan?: MockPlan;
}

/** How long asynchronous work takes on the mock's clock, in milliseconds. */
export interface MockDurations {
  /** Each video phase: Preparing, Queueing, Processing. */
  video?: { preparing?: number; queueing?: number; processing?: number };
  /** Async long-text speech from creation to Success. */
  speechAsync?: number;
  /** A music generation call, which blocks (and holds a CONN slot) this long. */
  music?: number;
}

/** Options of `createMockMiniMax`. */
export interface MockOptions {
  /**
   * The region of requests to any host but MiniMax's own (the mock's server, a base URL of your
   * choosing): `cn` or `global`, `global` when absent. A request to a MiniMax host is in that
   * host's region: api.minimaxi.com is `cn`, api.minimax.io `global`.
   */
  region?: Region;
  /** The account tier whose rate limits apply; `paid` when absent. */
  tier?: AccountTier;
  /** The keys it accepts; `sk-api-mock` and `sk-cp-mock` when absent. */
  keys?: MockKey[];
  /** Rate limits per scope (`text:MiniMax-M2`, `t2a`, `music` …), replacing the documented ones. */
  limits?: Record<string, Limits>;
  /** The clock, in epoch milliseconds; `Date.now` when absent. */
  now?: () => number;
  /** How the mock waits (latency faults, stream pacing, music); a timer when absent. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Seed of every generated text, id and media file; 1 when absent. */
  seed?: number;
  durations?: MockDurations;
  /** Pause between streamed events, in milliseconds; 0 when absent. */
  streamIntervalMs?: number;
  /** The share (0–1) of video tasks that end in `Fail`, chosen by the seed; 0 when absent. */
  taskFailureRate?: number;
  /** Issue task and file ids above 2^53, as bare JSON integers, to test clients' int64 handling. */
  bigIds?: boolean;
  /** Request bodies larger than this many bytes are refused (HTTP 413) before they are read; 100 MiB when absent. */
  maxBodyBytes?: number;
  /**
   * How `/v1/token_plan/remains` answers: `counts` as it did before 2026 (the text pool named
   * `MiniMax-M*`, totals and what is left), `percentages` as it does today (the pool named `general`,
   * counts 0, remaining percentages, statuses and boosts). `counts` when absent.
   */
  remainsShape?: 'counts' | 'percentages';
  /** Faults to inject (see `FaultRule`). More can be added with `mock.inject()`. */
  faults?: FaultRule[];
}

/** The keys a mock accepts when none are given. */
export const defaultMockKeys: readonly MockKey[] = [
  { key: 'sk-api-mock', balance: '100' },
  { key: 'sk-cp-mock', plan: { tier: 'plus' } },
];
