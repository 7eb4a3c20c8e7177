import {
  type QuotaWindow,
  summarizeRemains,
  type TokenPlanRemains,
  textQuotaBucket,
} from '@minimax-kit/core';
import type { LimiterSnapshotLike } from '../internal/observed.js';

/** One meter of the quota meter: a quota, what is used of it, and when it resets. */
export interface QuotaRow {
  id: string;
  scope: 'window' | 'weekly' | 'daily';
  /** `MiniMax-M*` for the shared text window, the model or family otherwise. */
  bucket: string;
  /** In requests, or in percent of the quota when `unit` is `percent` (total 100). */
  used: number;
  total: number;
  /** `percent` when MiniMax reported only percentages (as `/remains` does today). */
  unit?: 'percent';
  resetsAt: number | undefined;
  /** False: the plan does not include it. */
  available: boolean;
  /** The weekly row of a plan without a weekly cap. */
  unlimited?: boolean;
}

/** A `/v1/token_plan/remains` body, or `@minimax-kit/client`'s quota result. */
export type RemainsLike = TokenPlanRemains | { remains: TokenPlanRemains; quotas?: unknown };

/** Used of total: the counts when reported, otherwise the percentage (0–100) used. */
function amounts(window: QuotaWindow): Pick<QuotaRow, 'used' | 'total' | 'unit'> {
  if (window.used !== undefined && window.total !== undefined)
    return { used: window.used, total: window.total };
  const left = window.remainingPercent ?? (window.status === 'exhausted' ? 0 : 100);
  return { used: Math.min(100, Math.max(0, 100 - left)), total: 100, unit: 'percent' };
}

/** Rows from a remains body received at `receivedAt` (its reset times count from then). */
export function rowsFromRemains(source: RemainsLike, receivedAt: number): QuotaRow[] {
  const remains = 'base_resp' in source ? (source as TokenPlanRemains) : (source.remains as TokenPlanRemains);
  return summarizeRemains(remains, receivedAt).flatMap((summary): QuotaRow[] => {
    const { bucket, available, window } = summary;
    const scope = summary.pool === 'text' ? 'window' : 'daily';
    const rows: QuotaRow[] = [
      {
        id: `${scope}:${bucket}`,
        scope,
        bucket,
        ...amounts(window),
        resetsAt: window.resetsAt,
        available,
      },
    ];
    const { weekly } = summary;
    // Daily quotas have no weekly cap to speak of; the text window says when its plan has none.
    if (weekly === 'unlimited') {
      if (scope === 'window')
        rows.push({
          id: `weekly:${bucket}`,
          scope: 'weekly',
          bucket,
          used: 0,
          total: 0,
          resetsAt: undefined,
          available,
          unlimited: true,
        });
    } else if (weekly) {
      rows.push({
        id: `weekly:${bucket}`,
        scope: 'weekly',
        bucket,
        ...amounts(weekly),
        resetsAt: weekly.resetsAt,
        available,
      });
    }
    return rows;
  });
}

/** Rows from a limiter's plan dimensions (`plan:window`, `plan:week`, `daily:<bucket>`). */
export function rowsFromSnapshot(snapshot: LimiterSnapshotLike): QuotaRow[] {
  const rows: QuotaRow[] = [];
  for (const [id, use] of Object.entries(snapshot.dimensions)) {
    const scope =
      id === 'plan:window'
        ? 'window'
        : id === 'plan:week'
          ? 'weekly'
          : id.startsWith('daily:')
            ? 'daily'
            : undefined;
    if (!scope) continue;
    const bucket = scope === 'daily' ? id.slice('daily:'.length) : textQuotaBucket;
    rows.push({
      id: `${scope}:${bucket}`,
      scope,
      bucket,
      used: use.used,
      total: use.limit,
      resetsAt: use.freesAt,
      available: true,
    });
  }
  return rows;
}

/** Requests per hour over the samples kept (the last hour of one window), or undefined before two. */
export class BurnRate {
  readonly #samples = new Map<string, [time: number, used: number][]>();

  add(row: QuotaRow, now: number): void {
    const samples = this.#samples.get(row.id) ?? [];
    const last = samples[samples.length - 1];
    // A drop means a new window began: its history starts over.
    if (last && row.used < last[1]) samples.length = 0;
    if (!last || row.used !== last[1] || now - last[0] > 60_000) samples.push([now, row.used]);
    while (samples.length > 2 && now - (samples[0] as [number, number])[0] > 3_600_000) samples.shift();
    this.#samples.set(row.id, samples);
  }

  perHour(id: string): number | undefined {
    const samples = this.#samples.get(id) ?? [];
    const first = samples[0];
    const last = samples[samples.length - 1];
    if (!first || !last || last[0] <= first[0]) return undefined;
    return ((last[1] - first[1]) / (last[0] - first[0])) * 3_600_000;
  }
}
