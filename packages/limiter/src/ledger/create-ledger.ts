import { InvalidUsageError } from '@minimax-kit/core';
import type { CallRecord } from '../record/call-record.js';
import { toCsv } from './ledger-csv.js';
import { type LedgerGroup, type LedgerTotal, LedgerTotals } from './ledger-totals.js';

/** Options of `createLedger`. */
export interface LedgerOptions {
  /** The most records it keeps (the oldest go first; totals keep counting them); 10,000 when absent. */
  maxRecords?: number;
}

/** What `ledger.toJSON()` gives (and `JSON.stringify(ledger)` writes). */
export interface LedgerJson {
  records: CallRecord[];
  /** Records let go to stay within `maxRecords`; `totals` still count them. */
  dropped: number;
  totals: { model: LedgerTotal[]; key: LedgerTotal[]; day: LedgerTotal[] };
}

/** Spend by model, key and day, summed exactly from the records of `limitFetch`'s `onRecord`. */
export interface Ledger {
  /** Adds one record; pass it as `onRecord` (it is bound). */
  readonly add: (record: CallRecord) => void;
  /** Calls and exact spend per currency, by model, key, or day (the records' `day`: the limiter's day, China's by default). */
  totals(options: { by: LedgerGroup }): LedgerTotal[];
  /** The records it keeps, oldest first. */
  records(): readonly CallRecord[];
  /** How many records it let go. */
  readonly dropped: number;
  toJSON(): LedgerJson;
  /** The records it keeps as RFC 4180 CSV (see `ledgerColumns`). */
  toCSV(): string;
}

/**
 * A small in-memory ledger of finished calls: `limitFetch(limiter, fetch, { onRecord: ledger.add })`,
 * then `ledger.totals({ by: 'model' })`, `ledger.toCSV()`.
 */
export function createLedger(options: LedgerOptions = {}): Ledger {
  const max = options.maxRecords ?? 10_000;
  if (!Number.isSafeInteger(max) || max < 0)
    throw new InvalidUsageError('options.maxRecords', `is ${String(max)}; use a whole number ≥ 0`);
  const totals = new LedgerTotals();
  let kept: CallRecord[] = [];
  let dropped = 0;
  return {
    add: (record) => {
      totals.add(record);
      kept.push(record);
      if (kept.length > max) {
        // Drop in batches so adding stays constant time on average.
        const excess = kept.length - max;
        if (excess >= Math.max(1, max >> 3) || max === 0) {
          dropped += excess;
          kept = kept.slice(excess);
        }
      }
    },
    totals: ({ by }) => totals.by(by),
    records: () => kept.slice(Math.max(0, kept.length - max)),
    get dropped() {
      return dropped + Math.max(0, kept.length - max);
    },
    toJSON() {
      return {
        records: [...this.records()],
        dropped: this.dropped,
        totals: { model: totals.by('model'), key: totals.by('key'), day: totals.by('day') },
      };
    },
    toCSV() {
      return toCsv(this.records());
    },
  };
}
