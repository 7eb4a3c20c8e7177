import {
  type Currency,
  type Decimal,
  formatDecimal,
  InvalidUsageError,
  parseDecimal,
  sumDecimals,
} from '@minimax-kit/core';
import type { CallRecord } from '../record/call-record.js';

/** What a ledger groups its totals by. */
export type LedgerGroup = 'model' | 'key' | 'day';

/** The calls and spend of one model, key or day. */
export interface LedgerTotal {
  /** The model (`""` for calls without one: files, queries …), the key, or the day (`YYYY-MM-DD`). */
  group: string;
  /** Calls sent to MiniMax. */
  calls: number;
  /** Calls the limiter refused before sending (a budget without room, a closed limiter): nothing charged. */
  notSent: number;
  /** Calls whose cost could not be priced: their spend is not in `spend`. */
  unpriced: number;
  /** The exact sum per currency, as decimal strings (`{ CNY: "4.1475" }`); never converted between currencies. */
  spend: Partial<Record<Currency, string>>;
}

interface Running {
  calls: number;
  notSent: number;
  unpriced: number;
  spend: Map<Currency, Decimal>;
}

/** Running totals by model, key and day: they keep counting records a bounded ledger lets go. */
export class LedgerTotals {
  readonly #groups = new Map<LedgerGroup, Map<string, Running>>([
    ['model', new Map()],
    ['key', new Map()],
    ['day', new Map()],
  ]);

  add(record: CallRecord): void {
    for (const [by, groups] of this.#groups) {
      const group = by === 'model' ? (record.model ?? '') : record[by];
      let running = groups.get(group);
      if (!running) {
        running = { calls: 0, notSent: 0, unpriced: 0, spend: new Map() };
        groups.set(group, running);
      }
      if (record.ended === 'not-admitted') {
        running.notSent += 1;
        continue;
      }
      running.calls += 1;
      const { cost } = record;
      if (!cost.priced) {
        running.unpriced += 1;
        continue;
      }
      const before = running.spend.get(cost.currency) ?? { units: 0n, scale: 0 };
      running.spend.set(cost.currency, sumDecimals([before, parseDecimal(cost.total)]));
    }
  }

  /** The totals of every group, sorted by group. */
  by(by: LedgerGroup): LedgerTotal[] {
    const groups = this.#groups.get(by);
    if (!groups) throw new InvalidUsageError('by', `is ${JSON.stringify(by)}; use "model", "key" or "day"`);
    return [...groups]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([group, { calls, notSent, unpriced, spend }]) => ({
        group,
        calls,
        notSent,
        unpriced,
        spend: Object.fromEntries([...spend].map(([currency, sum]) => [currency, formatDecimal(sum)])),
      }));
  }
}
