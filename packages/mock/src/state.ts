import {
  type AccountTier,
  type Decimal,
  dailyQuotas,
  keyType,
  type Limits,
  type PlanKind,
  type PlanTier,
  parseDecimal,
  type Region,
  tokenPlan,
  weeklyCap,
} from '@minimax-kit/core';
import { MockOptionsError } from './http/mock-options-error.js';
import { SlidingWindow } from './limits/sliding-window.js';
import type { MockKey, MockOptions } from './options.js';

const minute = 60_000;

/** Rate-limit bookkeeping of one scope of one account. */
export interface ScopeUse {
  requests: SlidingWindow;
  tokens: SlidingWindow;
  running: number;
}

/** Token Plan bookkeeping of one key. */
export interface PlanUse {
  tier: PlanTier;
  kind: PlanKind;
  windowRequests: number;
  /** `undefined` for plans bought before the weekly cap began. */
  weeklyRequests: number | undefined;
  credits: boolean;
  window: SlidingWindow;
  week: { start: number; used: number };
  daily: Record<string, number>;
  days: Map<string, { start: number; used: number }>;
}

/** A key the mock accepts, with its balance or plan. */
export interface KeyState {
  key: string;
  type: 'token-plan' | 'pay-as-you-go';
  region: Region;
  account: string;
  balance: Decimal;
  plan: PlanUse | undefined;
  /** Voices this key has synthesised with (their one-time fee is paid). */
  usedVoices: Set<string>;
}

/** One request the mock answered. */
export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  status: number;
  /** 0 for success, the MiniMax error code or HTTP status otherwise, `reset` for a dropped connection, `malformed` for a broken body. */
  code: number | 'reset' | 'malformed';
  key?: string;
  scope?: string;
}

function planUse(key: MockKey, region: Region, now: number): PlanUse {
  const plan = key.plan ?? {};
  const tier = plan.tier ?? 'plus';
  const reported = tokenPlan.reportedQuotas.find((row) => row.region === region && row.tier === tier);
  const windowRequests = plan.windowRequests ?? reported?.windowRequests;
  if (windowRequests === undefined)
    throw new MockOptionsError(
      'plan.windowRequests',
      `is missing and MiniMax reports no window size for a ${tier} plan in ${region}`,
      'a whole number of requests per 5-hour window',
    );
  return {
    tier,
    kind: plan.kind ?? 'standard',
    windowRequests,
    weeklyRequests: weeklyCap(windowRequests, plan.purchasedAt ?? now),
    credits: plan.credits ?? false,
    window: new SlidingWindow(tokenPlan.textWindowHours * 3_600_000),
    week: { start: 0, used: 0 },
    daily: { ...dailyQuotas[tier], ...plan.daily },
    days: new Map(),
  };
}

/** Everything the mock remembers; `reset()` starts it over. */
export interface MockState {
  region: Region;
  tier: AccountTier;
  keys: Map<string, KeyState>;
  scopes: Map<string, ScopeUse>;
  files: Map<string, StoredFile>;
  tasks: Map<string, Task>;
  voices: Map<string, Voice>;
  /** The most recent requests, oldest first (at most 10,000). */
  log: RequestRecord[];
  /** How many answers of each code (0 = success) the mock has given. */
  counts: Record<string, number>;
  limits: Record<string, Limits>;
}

/** An uploaded or generated file. */
export interface StoredFile {
  id: string;
  bytes: Uint8Array;
  filename: string;
  purpose: string;
  contentType: string;
  createdAt: number;
  owner: string;
}

/** An asynchronous job: a video or long-text speech. */
export interface Task {
  id: string;
  kind: 'video' | 'speech';
  owner: string;
  createdAt: number;
  /** Milliseconds after creation at which each later status begins. */
  schedule: { status: string; at: number }[];
  /** The status it ends in, and its result file. */
  outcome: { status: string; fileId?: string; width?: number; height?: number };
}

/** A voice made by cloning or design. */
export interface Voice {
  id: string;
  kind: 'voice_cloning' | 'voice_generation';
  owner: string;
  description: string;
  createdAt: number;
}

/** The mock's starting state for its options. */
export function createState(options: MockOptions, keys: readonly MockKey[], now: number): MockState {
  const region = options.region ?? 'global';
  const state: MockState = {
    region,
    tier: options.tier ?? 'paid',
    keys: new Map(),
    scopes: new Map(),
    files: new Map(),
    tasks: new Map(),
    voices: new Map(),
    log: [],
    counts: {},
    limits: options.limits ?? {},
  };
  for (const key of keys) {
    const type = keyType(key.key) === 'token-plan' ? 'token-plan' : 'pay-as-you-go';
    const keyRegion = key.region ?? region;
    state.keys.set(key.key, {
      key: key.key,
      type,
      region: keyRegion,
      account: key.account ?? key.key,
      balance: parseDecimal(key.balance ?? '100'),
      plan: type === 'token-plan' ? planUse(key, keyRegion, now) : undefined,
      usedVoices: new Set(),
    });
  }
  return state;
}

/** The rate-limit bookkeeping of an account's scope, made on first use. */
export function scopeUse(state: MockState, account: string, scope: string): ScopeUse {
  const id = `${account}\u0000${scope}`;
  let use = state.scopes.get(id);
  if (!use) {
    use = { requests: new SlidingWindow(minute), tokens: new SlidingWindow(minute), running: 0 };
    state.scopes.set(id, use);
  }
  return use;
}
