import type { CallCost } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../record/call-record.js';
import { createLedger } from './create-ledger.js';
import { ledgerColumns } from './ledger-csv.js';

let clock = Date.parse('2026-12-02T01:00:00Z');
const priced = (total: string, currency: 'CNY' | 'USD' = 'CNY'): CallCost => ({
  priced: true,
  currency,
  total,
  lines: [],
});
const record = (extra: { [K in keyof CallRecord]?: CallRecord[K] | undefined } = {}): CallRecord => {
  clock += 1000;
  return {
    startedAt: clock - 500,
    endedAt: clock,
    day: '2026-12-02',
    key: 'team-a',
    api: 'chat',
    operation: 'openai',
    model: 'MiniMax-M2',
    cost: priced('0.1'),
    waitedMs: 0,
    tookMs: 500,
    ended: 'ok',
    stream: false,
    ...extra,
  } as CallRecord;
};

describe('createLedger', () => {
  it('sums spend exactly, per currency, by model, key and day', () => {
    const ledger = createLedger();
    ledger.add(record());
    ledger.add(record({ cost: priced('0.2') }));
    ledger.add(record({ key: 'team-b', model: 'MiniMax-M3', cost: priced('0.000001', 'USD') }));
    ledger.add(record({ day: '2026-12-03', cost: { priced: false, reason: 'no usage' } }));
    ledger.add(record({ model: undefined, api: 'files', operation: 'list', cost: priced('0') }));
    // Refused by a budget before it was sent: not a call, nothing spent.
    ledger.add(record({ ended: 'not-admitted', cost: priced('0') }));
    expect(ledger.totals({ by: 'model' })).toEqual([
      { group: '', calls: 1, notSent: 0, unpriced: 0, spend: { CNY: '0' } },
      { group: 'MiniMax-M2', calls: 3, notSent: 1, unpriced: 1, spend: { CNY: '0.3' } },
      { group: 'MiniMax-M3', calls: 1, notSent: 0, unpriced: 0, spend: { USD: '0.000001' } },
    ]);
    expect(ledger.totals({ by: 'key' })).toEqual([
      { group: 'team-a', calls: 4, notSent: 1, unpriced: 1, spend: { CNY: '0.3' } },
      { group: 'team-b', calls: 1, notSent: 0, unpriced: 0, spend: { USD: '0.000001' } },
    ]);
    expect(ledger.totals({ by: 'day' }).map((t) => [t.group, t.calls, t.spend])).toEqual([
      ['2026-12-02', 4, { CNY: '0.3', USD: '0.000001' }],
      ['2026-12-03', 1, {}],
    ]);
    expect(() => ledger.totals({ by: 'week' as 'day' })).toThrow(/use "model", "key" or "day"/);
  });

  it('keeps at most maxRecords, oldest out first, and still counts those in its totals', () => {
    const ledger = createLedger({ maxRecords: 3 });
    for (let n = 0; n < 10; n++) ledger.add(record({ traceId: String(n) }));
    expect(ledger.records().map((r) => r.traceId)).toEqual(['7', '8', '9']);
    expect(ledger.dropped).toBe(7);
    expect(ledger.totals({ by: 'key' })).toEqual([
      { group: 'team-a', calls: 10, notSent: 0, unpriced: 0, spend: { CNY: '1' } },
    ]);
    const json = JSON.parse(JSON.stringify(ledger));
    expect(json.records).toHaveLength(3);
    expect(json).toMatchObject({ dropped: 7, totals: { key: [{ calls: 10 }] } });
    expect(() => createLedger({ maxRecords: -1 })).toThrow(/maxRecords is -1/);
  });

  it('writes RFC 4180 CSV: commas, quotes and line breaks in a field are quoted', () => {
    const ledger = createLedger();
    ledger.add(record({ model: 'a,b "c"\nd', traceId: 'abc' }));
    ledger.add(record({ cost: { priced: false, reason: 'No cn price for x, y.' } }));
    const csv = ledger.toCSV();
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(ledgerColumns.join(','));
    expect(csv).toContain(',"a,b ""c""\nd",');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toMatch(/,false,,,"No cn price for x, y\."$/);
    expect(parseCsv(csv)[1]?.[ledgerColumns.indexOf('model')]).toBe('a,b "c"\nd');
    expect(parseCsv(csv).every((row) => row.length === ledgerColumns.length)).toBe(true);
  });
});

/** A strict RFC 4180 reader, to read back what the ledger wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}
